package io.fluxgate.agent.http;

/** The standard reason phrase of a status, for the status line of a fallback response. */
final class ReasonPhrases {
    private ReasonPhrases() {
    }

    static String of(int status) {
        switch (status) {
            case 200: return "OK";
            case 201: return "Created";
            case 202: return "Accepted";
            case 204: return "No Content";
            case 301: return "Moved Permanently";
            case 302: return "Found";
            case 304: return "Not Modified";
            case 400: return "Bad Request";
            case 401: return "Unauthorized";
            case 403: return "Forbidden";
            case 404: return "Not Found";
            case 408: return "Request Timeout";
            case 409: return "Conflict";
            case 410: return "Gone";
            case 429: return "Too Many Requests";
            case 500: return "Internal Server Error";
            case 501: return "Not Implemented";
            case 502: return "Bad Gateway";
            case 503: return "Service Unavailable";
            case 504: return "Gateway Timeout";
            default: return byClass(status);
        }
    }

    private static String byClass(int status) {
        switch (status / 100) {
            case 1: return "Informational";
            case 2: return "Success";
            case 3: return "Redirection";
            case 4: return "Client Error";
            default: return "Server Error";
        }
    }
}
