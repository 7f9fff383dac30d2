package io.fluxgate.tracker;

/** A small exception hierarchy with interfaces, for matching by type and by name. */
final class Failures {
    private Failures() {
    }

    interface Transient {
    }

    /** Inherits {@link Transient}: an interface two levels up. */
    interface NetworkTrouble extends Transient {
    }

    static class ServiceException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    static class UnavailableException extends ServiceException implements NetworkTrouble {
        private static final long serialVersionUID = 1L;
    }

    /** Implements nothing itself; its superclass does. */
    static class GatewayTimeout extends UnavailableException {
        private static final long serialVersionUID = 1L;
    }

    static final String SERVICE = "io.fluxgate.tracker.Failures$ServiceException";
    static final String UNAVAILABLE = "io.fluxgate.tracker.Failures$UnavailableException";
    static final String TRANSIENT = "io.fluxgate.tracker.Failures$Transient";
    static final String NETWORK_TROUBLE = "io.fluxgate.tracker.Failures$NetworkTrouble";
}
