package com.claimboard.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.support.LocalHttpServer;
import com.claimboard.support.desk.DeskProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application, in a process of its own on a database file, is killed with {@code kill -9} in the middle of
 * fetching a source; started again on the same file, it takes the job up again and stores the page.
 */
@Timeout(300)
class FetchJobsSurviveKillTest {

    private static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><title>Road deaths, annual report</title></head><body>
            <article><h1>Road deaths</h1><p>Road deaths fell by 4 percent last year, to 3,102.</p>
            <p>The figures cover all roads.</p></article></body></html>""";

    @TempDir
    Path dir;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopProcesses() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void a_fetch_cut_short_by_kill_9_is_done_after_the_restart() throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        AtomicBoolean answering = new AtomicBoolean(false);
        try (LocalHttpServer site = new LocalHttpServer().on("/report", exchange -> {
            if (!answering.get()) {
                asked.countDown();
                try {
                    Thread.sleep(60_000); // the first process dies while it waits for this
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            LocalHttpServer.send(exchange, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        })) {
            String database = "jdbc:h2:file:" + dir.resolve("desk") + ";WRITE_DELAY=0";
            String port = String.valueOf(site.port());

            Desk first = start("attach", database, port);
            String[] attached = first.await("DESK ATTACHED").split(" ");
            assertThat(asked.await(60, TimeUnit.SECONDS)).as("the fetch began").isTrue();
            first.process.destroyForcibly(); // SIGKILL: no shutdown hook, no goodbye to the database
            assertThat(first.process.waitFor(30, TimeUnit.SECONDS)).isTrue();

            answering.set(true);
            Desk second = start("resume", database, port, attached[2], attached[3]);
            String done = second.await("DESK DONE");
            assertThat(done).isEqualTo("DESK DONE FETCHED 2 Road deaths, annual report");
            assertThat(second.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** A running application process and what it has said. */
    private record Desk(Process process, BlockingQueue<String> lines) {
        String await(String prefix) throws InterruptedException {
            while (true) {
                String line = lines.poll(180, TimeUnit.SECONDS);
                assertThat(line).as("the process said " + prefix).isNotNull();
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
        }
    }

    private Desk start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                DeskProcess.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.PIPE)
                .start();
        processes.add(process);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Path log = dir.resolve("desk-" + processes.size() + ".log");
        Thread.ofVirtual().start(() -> {
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    lines.add(line);
                    Files.writeString(
                            log,
                            line + "\n",
                            java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.APPEND);
                }
            } catch (IOException closed) {
                // the process is gone
            }
        });
        return new Desk(process, lines);
    }
}
