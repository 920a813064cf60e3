package com.claimboard.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on loopback, for tests of code that fetches pages. Counts the requests it gets. */
public final class LocalHttpServer implements AutoCloseable {

    @FunctionalInterface
    public interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();

    public LocalHttpServer() {
        this(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    /** On a given address and port (port 0: any free one), e.g. 127.0.0.2, another loopback address. */
    public LocalHttpServer(InetSocketAddress bindTo) {
        try {
            server = HttpServer.create(bindTo, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            try {
                Handler handler = handlers.get(exchange.getRequestURI().getPath());
                if (handler == null) {
                    exchange.sendResponseHeaders(404, -1);
                } else {
                    handler.handle(exchange);
                }
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public LocalHttpServer on(String path, Handler handler) {
        handlers.put(path, handler);
        return this;
    }

    public LocalHttpServer html(String path, String html) {
        return on(
                path,
                exchange -> send(exchange, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8)));
    }

    public LocalHttpServer redirect(String path, String location) {
        return on(path, exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(302, -1);
        });
    }

    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    public InetAddress address() {
        return server.getAddress().getAddress();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://" + address().getHostAddress() + ":" + port() + path;
    }

    public int requestCount() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
