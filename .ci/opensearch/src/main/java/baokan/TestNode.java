package baokan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;
import org.opensearch.transport.TransportService;

/**
 * One OpenSearch 2.19 node for Baokan's tests, from the jars in target/lib: the server
 * and the modules a distribution ships (netty4 HTTP and transport, the common analysis
 * filters, painless), loaded as classpath plugins instead of from a modules/ folder.
 *
 * <pre>java -cp 'target/lib/*' baokan.TestNode HOME NAME HTTP_PORT TRANSPORT_PORT [SEED_PORT...]</pre>
 *
 * HOME is a folder the caller made and removes (data, logs). Port 0 takes a free port.
 * Without seed ports the node is a cluster of its own (discovery.type single-node);
 * with them it joins the nodes whose transport listens there, and the first node
 * named in a cluster elects itself. When the node has started it prints one line,
 * {@code started http=PORT transport=PORT}, on standard output. It stops when its
 * standard input closes (so it never outlives the test run that started it, even one
 * that was killed) or on SIGTERM.
 */
public final class TestNode {
    private static final List<Class<? extends Plugin>> MODULES = List.of(
        Netty4Plugin.class,
        CommonAnalysisPlugin.class,
        PainlessPlugin.class
    );

    /** A Node that takes its plugins from the classpath (the constructor MockNode uses). */
    static final class ClasspathNode extends Node {
        ClasspathNode(Settings settings) {
            super(
                InternalSettingsPreparer.prepareEnvironment(settings, Collections.emptyMap(), null, () -> settings.get("node.name")),
                MODULES,
                true
            );
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: TestNode HOME NAME HTTP_PORT TRANSPORT_PORT [SEED_TRANSPORT_PORT...]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        String name = args[1];
        List<String> seeds = Arrays.asList(args).subList(4, args.length);
        Settings.Builder settings = Settings.builder()
            .put("cluster.name", "baokan-test")
            .put("node.name", name)
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("network.host", "127.0.0.1")
            .put("http.port", args[2])
            .put("transport.port", args[3])
            // A test machine's disk may be nearly full; shards must be placed anyway.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("node.processors", Math.min(2, Runtime.getRuntime().availableProcessors()))
            .put("action.auto_create_index", false);
        if (seeds.isEmpty()) {
            settings.put("discovery.type", "single-node");
        } else {
            settings.putList("discovery.seed_hosts", seeds.stream().map(p -> "127.0.0.1:" + p).toList());
            settings.putList("cluster.initial_cluster_manager_nodes", List.of(name.replaceAll("\\d+$", "") + "1"));
        }

        Node node = new ClasspathNode(settings.build());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(node), "baokan-test-node-stop"));
        node.start();
        int http = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
        int transport = node.injector().getInstance(TransportService.class).boundAddress().publishAddress().getPort();
        System.out.println("started http=" + http + " transport=" + transport);
        System.out.flush();

        // Wait for the caller to go away: EOF on standard input.
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // anything written is ignored
            }
        } catch (IOException ignored) {
            // a closed pipe is the same as EOF
        }
        System.exit(0);
    }

    private static void close(Node node) {
        try {
            node.close();
        } catch (IOException | RuntimeException e) {
            e.printStackTrace();
        }
    }
}
