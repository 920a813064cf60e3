package com.claimboard;

import com.claimboard.article.extraction.ArticleExtractor;
import com.claimboard.claim.splitting.ClaimSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command-line harness for the engines' speed, single-threaded: {@code bench extract|split [--rounds N]
 * FILE...}. Reads every file first, runs one warm-up round, then times each file in each measured round and
 * reports files per second, megabytes per second, and the median and 99th percentile per file.
 */
final class Benchmark {

    private Benchmark() {}

    static Map<String, Object> run(List<String> args) throws IOException {
        if (args.isEmpty()) {
            throw new CommandLine.UsageException("bench needs extract or split");
        }
        String engine = args.getFirst();
        int rounds = 5;
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            if (args.get(i).equals("--rounds") && i + 1 < args.size()) {
                rounds = Integer.parseInt(args.get(++i));
            } else {
                files.add(Path.of(args.get(i)));
            }
        }
        if (files.isEmpty()) {
            throw new CommandLine.UsageException("bench needs files");
        }
        List<byte[]> inputs = new ArrayList<>();
        long bytes = 0;
        for (Path file : files) {
            byte[] input = CommandLine.read(file);
            inputs.add(input);
            bytes += input.length;
        }
        Runnable[] work = new Runnable[inputs.size()];
        ArticleExtractor extractor = new ArticleExtractor();
        ClaimSplitter splitter = new ClaimSplitter();
        for (int i = 0; i < inputs.size(); i++) {
            byte[] input = inputs.get(i);
            String base = files.get(i).toUri().toString();
            work[i] = switch (engine) {
                case "extract" -> () -> extractor.extract(input, null, base);
                case "split" -> {
                    String text = new String(input, StandardCharsets.UTF_8);
                    yield () -> splitter.split(text, null);
                }
                default -> throw new CommandLine.UsageException("unknown engine " + engine);
            };
        }
        for (Runnable task : work) {
            task.run(); // warm-up: class loading and the JIT
        }
        long[] times = new long[work.length * rounds];
        long total = 0;
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < work.length; i++) {
                long start = System.nanoTime();
                work[i].run();
                long elapsed = System.nanoTime() - start;
                times[round * work.length + i] = elapsed;
                total += elapsed;
            }
        }
        Arrays.sort(times);
        double seconds = total / 1e9;
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("engine", engine);
        report.put("files", work.length);
        report.put("rounds", rounds);
        report.put("megabytes", Math.round(bytes / 1e4) / 100.0);
        report.put("filesPerSecond", Math.round(work.length * rounds / seconds * 10) / 10.0);
        report.put("megabytesPerSecond", Math.round(bytes * rounds / 1e6 / seconds * 100) / 100.0);
        report.put("medianMillis", Math.round(times[times.length / 2] / 1e4) / 100.0);
        report.put(
                "p99Millis", Math.round(times[Math.min(times.length - 1, (int) (times.length * 0.99))] / 1e4) / 100.0);
        report.put("maxMillis", Math.round(times[times.length - 1] / 1e4) / 100.0);
        return report;
    }
}
