package io.fluxgate.agent.http;

import io.fluxgate.agent.policy.HttpClientKind;

import java.util.List;

/**
 * One HTTP client library (or one incompatible version range of it): the types it weaves, the
 * classes and methods it needs from the library, and its {@link ClientSupport}.
 */
public interface ClientInstrumentation {

    HttpClientKind kind();

    /** The library's name in messages, e.g. {@code okhttp}. */
    String library();

    /**
     * A class that every version of the library has, old unsupported ones included: where the
     * library is noticed, so that a version that does not fit is reported. Null for the JDK's
     * clients, which are checked by their woven methods alone.
     */
    String markerClass();

    /** What the advice and the support need from the library; a version missing any of them is not woven. */
    List<Reference> references();

    List<TypeInstrumentation> types();

    ClientSupport support();
}
