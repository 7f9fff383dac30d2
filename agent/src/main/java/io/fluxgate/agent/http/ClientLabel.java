package io.fluxgate.agent.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an advice parameter that receives the woven client's policy label (e.g.
 * {@code apache-httpclient-4}) as a constant, so that clients with the same shape share one advice.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ClientLabel {
}
