package org.partnershiphub.local;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one), in this JVM.
 * It can be stopped and started again on the same ports and log directory, which is how
 * tests show that a write survives a broker outage.
 */
public final class KafkaBroker implements AutoCloseable {

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    public KafkaBroker(Path logDir, int port, int controllerPort) {
        this.logDir = logDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public synchronized KafkaBroker start() {
        if (server != null) {
            return this;
        }
        try {
            Files.createDirectories(logDir);
            Properties props = properties();
            Path config = logDir.resolve("server.properties");
            try (OutputStream out = Files.newOutputStream(config)) {
                props.store(out, "Partnership Hub local broker");
            }
            if (!Files.exists(logDir.resolve("data").resolve("meta.properties"))) {
                format(config);
            }
            KafkaRaftServer raftServer = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            raftServer.startup();
            server = raftServer;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka did not start in " + logDir, e);
        }
    }

    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        stop();
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.resolve("data").toString());
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "true");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        return p;
    }

    private static void format(Path config) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        String[] args = {"format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()};
        int status = StorageTool.execute(args, new PrintStream(output, true, StandardCharsets.UTF_8));
        if (status != 0) {
            throw new IllegalStateException("Kafka storage format failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }
}
