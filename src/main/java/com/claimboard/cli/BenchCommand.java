package com.claimboard.cli;

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
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The engines' speed, single-threaded: reads every file first, runs one warm-up round, then times each file in
 * each measured round and reports files and megabytes per second, and the median and 99th percentile per file.
 */
@Command(name = "bench", description = "Times an engine on files, on one thread.")
final class BenchCommand implements Callable<Integer> {

    enum Engine {
        EXTRACT,
        SPLIT
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5", description = "measured rounds (default 5)")
    int rounds;

    @Parameters(index = "0", paramLabel = "extract|split", description = "the engine to time")
    Engine engine;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "input files")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        if (rounds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 1");
        }
        List<Runnable> work = new ArrayList<>();
        long bytes = 0;
        ArticleExtractor extractor = new ArticleExtractor();
        ClaimSplitter splitter = new ClaimSplitter();
        for (Path file : files) {
            byte[] input = InputFiles.read(file, ArticleExtractor.MAX_PAGE_BYTES);
            bytes += input.length;
            String base = file.toUri().toString();
            work.add(
                    switch (engine) {
                        case EXTRACT -> () -> extractor.extract(input, null, base);
                        case SPLIT -> {
                            String text = new String(input, StandardCharsets.UTF_8);
                            yield () -> splitter.split(text, null);
                        }
                    });
        }
        work.forEach(Runnable::run); // warm-up: class loading and the JIT
        long[] times = new long[work.size() * rounds];
        long total = 0;
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < work.size(); i++) {
                long start = System.nanoTime();
                work.get(i).run();
                long elapsed = System.nanoTime() - start;
                times[round * work.size() + i] = elapsed;
                total += elapsed;
            }
        }
        Arrays.sort(times);
        double seconds = total / 1e9;
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("engine", engine.name().toLowerCase(java.util.Locale.ROOT));
        report.put("files", work.size());
        report.put("rounds", rounds);
        report.put("megabytes", Math.round(bytes / 1e4) / 100.0);
        report.put("filesPerSecond", Math.round(work.size() * rounds / seconds * 10) / 10.0);
        report.put("megabytesPerSecond", Math.round(bytes * rounds / 1e6 / seconds * 100) / 100.0);
        report.put("medianMillis", Math.round(times[times.length / 2] / 1e4) / 100.0);
        report.put(
                "p99Millis", Math.round(times[Math.min(times.length - 1, (int) (times.length * 0.99))] / 1e4) / 100.0);
        report.put("maxMillis", Math.round(times[times.length - 1] / 1e4) / 100.0);
        ClaimboardCommand.print(spec, report);
        return CommandLine.ExitCode.OK;
    }
}
