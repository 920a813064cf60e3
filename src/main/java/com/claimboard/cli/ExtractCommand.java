package com.claimboard.cli;

import com.claimboard.article.extraction.ArticleExtractor;
import com.claimboard.article.extraction.ExtractedArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Extracts every file on as many threads as there are processors and prints one JSON object keyed by each path
 * as given. A file that cannot be read or extracted gets an {@code error} instead of failing the batch.
 */
@Command(name = "extract", description = "Prints each HTML file's metadata and article text as JSON.")
final class ExtractCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--threads", paramLabel = "N", description = "threads to extract on (default: one per processor)")
    Integer threads;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = ".html or .html.gz files")
    List<String> files;

    @Override
    public Integer call() throws InterruptedException, ExecutionException {
        int poolSize = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (poolSize < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        ArticleExtractor extractor = new ArticleExtractor();
        Map<String, Object> byFile = new LinkedHashMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(poolSize)) {
            List<Future<Map<String, Object>>> results = new ArrayList<>();
            for (String file : files) {
                results.add(pool.submit(() -> extractOne(extractor, file)));
            }
            for (int i = 0; i < files.size(); i++) {
                byFile.put(files.get(i), results.get(i).get());
            }
        }
        ClaimboardCommand.print(spec, byFile);
        return CommandLine.ExitCode.OK;
    }

    private static Map<String, Object> extractOne(ArticleExtractor extractor, String file) {
        try {
            Path path = Path.of(file);
            ExtractedArticle article = extractor.extract(
                    InputFiles.read(path, ArticleExtractor.MAX_PAGE_BYTES),
                    null,
                    path.toUri().toString());
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
}
