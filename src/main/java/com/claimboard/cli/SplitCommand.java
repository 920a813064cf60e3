package com.claimboard.cli;

import com.claimboard.article.extraction.ArticleExtractor;
import com.claimboard.claim.matching.MiniLmEncoder;
import com.claimboard.claim.splitting.CheckworthinessReason;
import com.claimboard.claim.splitting.ClaimCandidate;
import com.claimboard.claim.splitting.ClaimSplitter;
import com.claimboard.shared.text.LanguageDetector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Splits a text file into claim candidates whose text is exactly the input between start and end. */
@Command(name = "split", description = "Prints a text's sentences with their spans, speakers and check-worthiness.")
final class SplitCommand implements Callable<Integer> {

    private static final Set<String> LANGUAGES = Set.of("fr", "en", "auto");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--lang", paramLabel = "fr|en|auto", defaultValue = "auto", description = "the text's language")
    String lang;

    @Option(names = "--lines", description = "take each line as one sentence and only score it")
    boolean lines;

    @Option(
            names = "--words-only",
            description = "score by word cues alone, without the sentence model (English is otherwise also scored"
                    + " by meaning; loading the model takes about a second)")
    boolean wordsOnly;

    @Parameters(paramLabel = "FILE", description = "a UTF-8 text file (or .gz)")
    Path file;

    @Override
    public Integer call() throws IOException {
        if (!LANGUAGES.contains(lang)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lang takes fr, en or auto, not " + lang);
        }
        String text = new String(InputFiles.read(file, ArticleExtractor.MAX_PAGE_BYTES), StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String language = lang.equals("auto") ? LanguageDetector.detect(text) : lang;
        List<ClaimCandidate> candidates;
        if (wordsOnly || !"en".equals(language)) {
            candidates = split(new ClaimSplitter(), text, language);
        } else {
            MiniLmEncoder encoder = loadModel();
            try (encoder) {
                candidates = split(encoder == null ? new ClaimSplitter() : new ClaimSplitter(encoder), text, language);
            }
        }
        List<Map<String, Object>> sentences = new ArrayList<>();
        for (ClaimCandidate candidate : candidates) {
            Map<String, Object> sentence = new LinkedHashMap<>();
            sentence.put("start", candidate.start());
            sentence.put("end", candidate.end());
            sentence.put("text", candidate.text());
            sentence.put("checkworthiness", candidate.checkworthiness());
            sentence.put(
                    "reasons",
                    candidate.reasons().stream()
                            .map(CheckworthinessReason::code)
                            .toList());
            sentence.put("speaker", candidate.speaker());
            sentence.put("speakerByContext", candidate.speakerByContext());
            sentences.add(sentence);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("lang", language);
        result.put("sentences", sentences);
        ClaimboardCommand.print(spec, result);
        return CommandLine.ExitCode.OK;
    }

    /** The sentence model, or null (said on standard error) when it cannot run here: the words still score. */
    private MiniLmEncoder loadModel() {
        try {
            return new MiniLmEncoder();
        } catch (RuntimeException | LinkageError broken) {
            spec.commandLine()
                    .getErr()
                    .println("claimboard: the sentence model cannot run here (" + broken.getMessage()
                            + "); check-worthiness is scored by word cues alone");
            return null;
        }
    }

    private List<ClaimCandidate> split(ClaimSplitter splitter, String text, String language) {
        return lines ? splitter.scoreLines(text, language) : splitter.split(text, language);
    }
}
