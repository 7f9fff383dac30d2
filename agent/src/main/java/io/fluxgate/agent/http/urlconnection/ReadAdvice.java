package io.fluxgate.agent.http.urlconnection;

import io.fluxgate.agent.bootstrap.FallbackResponse;
import io.fluxgate.agent.bootstrap.HttpBridge;
import net.bytebuddy.asm.Advice;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * The connection's response readers answer from the fallback response once one answers the
 * exchange: before their body runs (no network), and after it, when the body's own
 * {@code getInputStream()} call just ran into the fallback.
 */
final class ReadAdvice {
    private ReadAdvice() {
    }

    /** {@code getHeaderField(String)}. */
    static final class HeaderByName {
        private HeaderByName() {
        }

        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, suppress = Throwable.class)
        static FallbackResponse enter(@Advice.This Object connection) {
            return HttpBridge.answerOf(connection);
        }

        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.This Object connection, @Advice.Argument(0) String name,
                         @Advice.Return(readOnly = false) String value) {
            FallbackResponse answer = HttpBridge.answerOf(connection);
            if (answer != null) {
                value = answer.headerField(name);
            }
        }
    }

    /** {@code getHeaderField(int)}: 0 is the status line {@code getResponseCode()} parses. */
    static final class HeaderByIndex {
        private HeaderByIndex() {
        }

        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, suppress = Throwable.class)
        static FallbackResponse enter(@Advice.This Object connection) {
            return HttpBridge.answerOf(connection);
        }

        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.This Object connection, @Advice.Argument(0) int index,
                         @Advice.Return(readOnly = false) String value) {
            FallbackResponse answer = HttpBridge.answerOf(connection);
            if (answer != null) {
                value = answer.headerField(index);
            }
        }
    }

    /** {@code getHeaderFieldKey(int)}. */
    static final class KeyByIndex {
        private KeyByIndex() {
        }

        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, suppress = Throwable.class)
        static FallbackResponse enter(@Advice.This Object connection) {
            return HttpBridge.answerOf(connection);
        }

        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.This Object connection, @Advice.Argument(0) int index,
                         @Advice.Return(readOnly = false) String value) {
            FallbackResponse answer = HttpBridge.answerOf(connection);
            if (answer != null) {
                value = answer.headerFieldKey(index);
            }
        }
    }

    /** {@code getHeaderFields()}. */
    static final class AllHeaders {
        private AllHeaders() {
        }

        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, suppress = Throwable.class)
        static FallbackResponse enter(@Advice.This Object connection) {
            return HttpBridge.answerOf(connection);
        }

        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.This Object connection,
                         @Advice.Return(readOnly = false) Map<String, List<String>> value) {
            FallbackResponse answer = HttpBridge.answerOf(connection);
            if (answer != null) {
                value = answer.headerFields();
            }
        }
    }

    /** {@code getErrorStream()}. */
    static final class ErrorStream {
        private ErrorStream() {
        }

        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, suppress = Throwable.class)
        static FallbackResponse enter(@Advice.This Object connection) {
            return HttpBridge.answerOf(connection);
        }

        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.This Object connection, @Advice.Return(readOnly = false) InputStream value) {
            FallbackResponse answer = HttpBridge.answerOf(connection);
            if (answer != null) {
                value = answer.errorStream();
            }
        }
    }
}
