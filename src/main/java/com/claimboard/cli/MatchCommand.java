package com.claimboard.cli;

import com.claimboard.claim.matching.CheckedClaim;
import com.claimboard.claim.matching.ClaimMatch;
import com.claimboard.claim.matching.ClaimMatcher;
import com.claimboard.claim.matching.MiniLmEncoder;
import com.claimboard.claim.matching.SentenceEncoder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Matches each query against the checked claims and prints the best ones in TREC format ({@code qid Q0 claim_id
 * rank score tag}), as the CLEF CheckThat! scorers read it. Both files are tab-separated with a header line: the
 * claims {@code id, claim, title}, the queries {@code id, text}.
 */
@Command(name = "match", description = "Prints the checked claims most like each query, in TREC format.")
final class MatchCommand implements Callable<Integer> {

    /** The largest file read: the claims of a big desk, or a large batch of queries. */
    static final int MAX_FILE_BYTES = 200 * 1024 * 1024;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--claims", required = true, paramLabel = "VERIFIED.tsv", description = "id, claim, title")
    Path claims;

    @Option(names = "--top", defaultValue = "5", description = "how many claims per query (default 5)")
    int top;

    @Option(names = "--tag", defaultValue = "claimboard", description = "the run's name, last on each line")
    String tag;

    @Option(
            names = "--bench",
            paramLabel = "ROUNDS",
            defaultValue = "0",
            description = "instead of the matches, time indexing and each query over ROUNDS rounds after a warm-up")
    int benchRounds;

    @Option(names = "--words-only", description = "BM25 alone, without the sentence model")
    boolean wordsOnly;

    @Parameters(paramLabel = "QUERIES.tsv", description = "id, text")
    Path queries;

    @Override
    public Integer call() throws IOException {
        if (top < 1 || top > 1000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--top takes 1 to 1000, not " + top);
        }
        if (benchRounds < 0 || benchRounds > 100) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bench takes 1 to 100 rounds");
        }
        List<CheckedClaim> checked = new ArrayList<>();
        for (String[] row : rows(claims, 2)) {
            checked.add(new CheckedClaim(row[0], row[1], row.length > 2 ? row[2] : ""));
        }
        if (benchRounds > 0) {
            return bench(checked, rows(queries, 2));
        }
        ClaimMatcher matcher = new ClaimMatcher(checked, encoder());
        PrintWriter out = spec.commandLine().getOut();
        for (String[] query : rows(queries, 2)) {
            List<ClaimMatch> matches = matcher.match(query[1], top);
            for (int rank = 0; rank < matches.size(); rank++) {
                ClaimMatch match = matches.get(rank);
                out.println(String.format(
                        Locale.ROOT, "%s\tQ0\t%s\t%d\t%.4f\t%s", query[0], match.id(), rank + 1, match.score(), tag));
            }
        }
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    /** Indexing time (the model on every core), then each query timed on one thread in every round after one warm-up round. */
    private Integer bench(List<CheckedClaim> checked, List<String[]> asked) {
        SentenceEncoder encoder = encoder();
        new ClaimMatcher(checked.subList(0, Math.min(200, checked.size())), encoder).match("warm-up", top);
        long start = System.nanoTime();
        ClaimMatcher matcher = new ClaimMatcher(checked, encoder);
        long indexing = System.nanoTime() - start;
        asked.forEach(query -> matcher.match(query[1], top));
        long[] times = new long[asked.size() * benchRounds];
        int n = 0;
        for (int round = 0; round < benchRounds; round++) {
            for (String[] query : asked) {
                long began = System.nanoTime();
                matcher.match(query[1], top);
                times[n++] = System.nanoTime() - began;
            }
        }
        java.util.Arrays.sort(times);
        Runtime runtime = Runtime.getRuntime();
        java.util.Map<String, Object> report = new java.util.LinkedHashMap<>();
        report.put("claims", checked.size());
        report.put("queries", asked.size());
        report.put("rounds", benchRounds);
        report.put("model", wordsOnly ? "none" : "all-MiniLM-L6-v2 (quantised)");
        report.put("indexingCores", Runtime.getRuntime().availableProcessors());
        report.put("indexingMillis", Math.round(indexing / 1e5) / 10.0);
        report.put("medianMillis", millis(times, 0.5));
        report.put("p95Millis", millis(times, 0.95));
        report.put("p99Millis", millis(times, 0.99));
        report.put("maxMillis", millis(times, 1.0));
        report.put("heapUsedMegabytes", (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
        ClaimboardCommand.print(spec, report);
        return CommandLine.ExitCode.OK;
    }

    private SentenceEncoder encoder() {
        return wordsOnly ? null : new MiniLmEncoder();
    }

    private static double millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = Math.min(sorted.length - 1, (int) (sorted.length * quantile));
        return Math.round(sorted[index] / 1e4) / 100.0;
    }

    /**
     * The rows after the header, each with at least {@code columns} fields, or an error naming the record. Fields
     * may be quoted, as spreadsheets write them, and then hold tabs, line breaks and doubled quotes.
     */
    static List<String[]> rows(Path file, int columns) throws IOException {
        String text = new String(InputFiles.read(file, MAX_FILE_BYTES), StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.TDF
                .builder()
                .setIgnoreSurroundingSpaces(false)
                .setTrailingData(true)
                .setLenientEof(true)
                .setIgnoreEmptyLines(true)
                .get();
        List<String[]> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                if (header) {
                    header = false;
                    continue;
                }
                String[] fields = record.values();
                if (fields.length == 1 && fields[0].isBlank()) {
                    continue;
                }
                if (fields.length < columns || fields[0].isBlank()) {
                    long line = text.substring(0, (int) record.getCharacterPosition())
                                    .chars()
                                    .filter(c -> c == '\n')
                                    .count()
                            + 1;
                    throw new IOException(file + " line " + line + ": expected " + columns
                            + " or more tab-separated fields, an id first");
                }
                rows.add(fields);
            }
        } catch (java.io.UncheckedIOException e) {
            throw new IOException(file + ": " + e.getCause().getMessage(), e);
        }
        return rows;
    }
}
