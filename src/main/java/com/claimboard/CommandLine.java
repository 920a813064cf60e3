package com.claimboard;

import com.claimboard.article.extraction.ArticleExtractor;
import com.claimboard.article.extraction.ExtractedArticle;
import com.claimboard.claim.splitting.ClaimCandidate;
import com.claimboard.claim.splitting.ClaimSplitter;
import com.claimboard.shared.text.LanguageDetector;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

/**
 * The jar's engines without the server: {@code extract FILE...} and {@code split [--lang fr|en|auto] [--lines]
 * FILE}, printing JSON, for batch work and benchmarks.
 */
final class CommandLine {

    static final Set<String> COMMANDS = Set.of("extract", "split", "bench");

    private CommandLine() {}

    /** Runs a command and returns the process exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            Object result = switch (args[0]) {
                case "extract" -> extract(List.of(args).subList(1, args.length));
                case "split" -> split(List.of(args).subList(1, args.length));
                case "bench" -> Benchmark.run(List.of(args).subList(1, args.length));
                default -> throw new UsageException("unknown command " + args[0]);
            };
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(Json.write(result));
            writer.write('\n');
            writer.flush();
            return 0;
        } catch (UsageException e) {
            err.println("claimboard: " + e.getMessage());
            err.println("usage: claimboard extract [--threads N] FILE...");
            err.println("       claimboard split [--lang fr|en|auto] [--lines] FILE");
            err.println("       claimboard bench extract|split [--rounds N] FILE...");
            return 2;
        } catch (IOException e) {
            err.println("claimboard: " + e.getMessage());
            return 1;
        }
    }

    /**
     * Extracts every file, on as many threads as there are processors, and prints them in the order given.
     * A file that cannot be read or extracted gets an {@code error} instead of failing the batch.
     */
    private static Map<String, Object> extract(List<String> args) {
        int threads = Runtime.getRuntime().availableProcessors();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--threads") && i + 1 < args.size()) {
                threads = Math.max(1, Integer.parseInt(args.get(++i)));
            } else {
                files.add(args.get(i));
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("extract needs at least one file");
        }
        ArticleExtractor extractor = new ArticleExtractor();
        List<Map<String, Object>> results;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Map<String, Object>>> futures = new ArrayList<>();
            for (String file : files) {
                futures.add(pool.submit(() -> extractOne(extractor, file)));
            }
            results = new ArrayList<>();
            for (Future<Map<String, Object>> future : futures) {
                results.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        Map<String, Object> byFile = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            byFile.put(files.get(i), results.get(i));
        }
        return byFile;
    }

    private static Map<String, Object> extractOne(ArticleExtractor extractor, String file) {
        try {
            ExtractedArticle article = extractor.extract(
                    read(Path.of(file)), null, Path.of(file).toUri().toString());
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("title", article.title());
            fields.put("byline", article.byline());
            fields.put("siteName", article.siteName());
            fields.put("publishedTime", article.publishedTime());
            fields.put("lang", article.lang());
            fields.put("canonicalUrl", article.canonicalUrl());
            fields.put("articleBody", article.text());
            return fields;
        } catch (IOException | RuntimeException e) {
            return Map.of("error", String.valueOf(e.getMessage()));
        }
    }

    private static Map<String, Object> split(List<String> args) throws IOException {
        String lang = "auto";
        boolean lines = false;
        String file = null;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--lang" -> {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("--lang needs fr, en or auto");
                    }
                    lang = args.get(++i);
                }
                case "--lines" -> lines = true;
                default -> {
                    if (file != null) {
                        throw new UsageException("split takes one file");
                    }
                    file = args.get(i);
                }
            }
        }
        if (file == null) {
            throw new UsageException("split needs a file");
        }
        String text = new String(read(Path.of(file)), StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (lang.equals("auto")) {
            lang = LanguageDetector.detect(text);
        }
        ClaimSplitter splitter = new ClaimSplitter();
        List<ClaimCandidate> candidates = lines ? splitter.scoreLines(text) : splitter.split(text, lang);
        List<Map<String, Object>> sentences = new ArrayList<>();
        for (ClaimCandidate candidate : candidates) {
            Map<String, Object> sentence = new LinkedHashMap<>();
            sentence.put("start", candidate.start());
            sentence.put("end", candidate.end());
            sentence.put("text", candidate.text());
            sentence.put("checkworthiness", candidate.checkworthiness());
            sentence.put("reasons", candidate.reasons());
            sentence.put("speaker", candidate.speaker());
            sentence.put("speakerByContext", candidate.speakerByContext());
            sentences.add(sentence);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("lang", lang);
        result.put("sentences", sentences);
        return result;
    }

    static byte[] read(Path path) throws IOException {
        if (path.getFileName().toString().endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
                return in.readAllBytes();
            }
        }
        return Files.readAllBytes(path);
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
