package io.fluxgate.agent.http;

import io.fluxgate.agent.bootstrap.FallbackResponse;
import io.fluxgate.agent.bootstrap.HttpDispatcher;
import io.fluxgate.agent.bootstrap.Verdict;
import io.fluxgate.agent.http.urlconnection.ConnectionExchanges;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The agent behind the bootstrap {@code HttpBridge}: routes each client's calls to the shared {@link HttpGate}. */
public final class HttpDispatch implements HttpDispatcher {
    private final HttpGate gate;
    private final Map<String, ClientSupport> clients = new HashMap<>();
    private final ConnectionExchanges connections;

    /** @param clients every client the agent knows: which of them are woven is the weaver's business */
    public HttpDispatch(HttpGate gate, List<ClientInstrumentation> clients) {
        this.gate = gate;
        for (ClientInstrumentation client : clients) {
            this.clients.put(client.kind().label(), client.support());
        }
        this.connections = new ConnectionExchanges(gate);
    }

    @Override
    public Object begin(String client, Object carrier, Object host, Object request) {
        ClientSupport support = clients.get(client);
        if (support == null) {
            return null;
        }
        try {
            return gate.begin(support, carrier, host, request);
        } catch (Exception unreadable) {
            throw new IllegalStateException(client + ": cannot read the request: " + unreadable, unreadable);
        }
    }

    @Override
    public Verdict finish(Object exchange, Object response, Throwable thrown) {
        try {
            return gate.finish((Exchange) exchange, response, thrown);
        } catch (Exception unreadable) {
            gate.release((Exchange) exchange);
            throw new IllegalStateException(exchange + ": cannot read the response: " + unreadable, unreadable);
        }
    }

    @Override
    public Object follow(String client, Object exchangeOrVerdict, Object carrier, Object pending) {
        ClientSupport support = clients.get(client);
        if (support == null) {
            return null;
        }
        try {
            return support.follow(gate, exchangeOrVerdict, carrier, pending);
        } catch (Exception unusable) {
            if (exchangeOrVerdict instanceof Exchange) {
                gate.release((Exchange) exchangeOrVerdict);
            }
            throw new IllegalStateException(client + ": cannot follow the exchange: " + unusable, unusable);
        }
    }

    @Override
    public void release(Object exchange) {
        gate.release((Exchange) exchange);
    }

    @Override
    public Verdict open(Object connection) {
        return connections.open(connection);
    }

    @Override
    public Verdict responded(Object connection, boolean responseKnown, Throwable thrown) {
        return connections.responded(connection, responseKnown, thrown);
    }

    @Override
    public FallbackResponse answerOf(Object connection) {
        return connections.answerOf(connection);
    }

    @Override
    public void closed(Object connection) {
        connections.closed(connection);
    }
}
