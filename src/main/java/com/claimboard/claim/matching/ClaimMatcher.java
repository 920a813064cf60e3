package com.claimboard.claim.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Finds, among the checked claims it was given, those most like a new one. Two readings are combined: BM25
 * (Lucene's) over each claim's words and its fact-check's title, each read in English and in French, the claim's
 * fields weighted above the title's; and, when it has a {@link SentenceEncoder}, the cosine between the sentence
 * vectors of the new claim and of each checked one, which finds a claim said in other words. The best of each
 * reading are pooled and ranked on a weighted sum of the two (BM25 scaled by the query's best score, so both lie
 * between 0 and 1). Built once over all the claims (in memory); {@link #match} may then be called from many
 * threads.
 */
public final class ClaimMatcher {

    /** Terms read from one query per field at most: a long card is matched on its first words' worth. */
    static final int MAX_TERMS_PER_FIELD = 120;

    private static final String ID = "id";
    private static final Map<String, Float> FIELDS =
            Map.of("claim_en", 1.0f, "claim_fr", 1.0f, "title_en", 0.6f, "title_fr", 0.6f);

    /** Candidates taken from each reading before they are ranked together. */
    static final int POOL = 100;

    /**
     * The weight of the lexical reading in the combined score; the semantic one has the rest. Chosen on the dev
     * tweets among 0.05 to 0.5 (MAP@5 0.845 at 0.05, 0.871 at 0.2, 0.845 at 0.5; the sentences alone 0.813).
     */
    static final double LEXICAL_WEIGHT = 0.2;

    private final IndexSearcher searcher;
    private final int size;
    private final SentenceEncoder encoder;
    /** Every claim's vector, one after the other (zeros for a claim without words), read in one pass. */
    private final float[] vectors;

    private final int dimensions;
    private final String[] ids;

    /** A lexical matcher only (BM25): no model loaded. */
    public ClaimMatcher(List<CheckedClaim> claims) {
        this(claims, null);
    }

    /**
     * A matcher reading both ways; {@code encoder} is called once per claim here (on all cores), then once per
     * {@link #match}. With a null encoder it is lexical only.
     */
    public ClaimMatcher(List<CheckedClaim> claims, SentenceEncoder encoder) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Analyzer perField = new PerFieldAnalyzerWrapper(
                MatchingText.ENGLISH, Map.of("claim_fr", MatchingText.FRENCH, "title_fr", MatchingText.FRENCH));
        IndexWriterConfig config = new IndexWriterConfig(perField).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (CheckedClaim claim : claims) {
                Document document = new Document();
                document.add(new StoredField(ID, claim.id()));
                String text = MatchingText.clean(claim.text());
                String title = MatchingText.clean(claim.title());
                document.add(new TextField("claim_en", text, Field.Store.NO));
                document.add(new TextField("claim_fr", text, Field.Store.NO));
                document.add(new TextField("title_en", title, Field.Store.NO));
                document.add(new TextField("title_fr", title, Field.Store.NO));
                writer.addDocument(document);
            }
            writer.commit();
            this.searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index the checked claims", e);
        }
        this.searcher.setSimilarity(new BM25Similarity());
        this.size = claims.size();
        this.encoder = encoder;
        this.ids = claims.stream().map(CheckedClaim::id).toArray(String[]::new);
        float[][] each = new float[encoder == null ? 0 : claims.size()][];
        if (encoder != null) {
            IntStream.range(0, claims.size()).parallel().forEach(i -> each[i] = vector(encoder, claims.get(i)));
        }
        this.dimensions = java.util.Arrays.stream(each)
                .filter(java.util.Objects::nonNull)
                .mapToInt(vector -> vector.length)
                .findFirst()
                .orElse(0);
        this.vectors = new float[each.length * dimensions];
        for (int i = 0; i < each.length; i++) {
            if (each[i] != null) {
                System.arraycopy(each[i], 0, vectors, i * dimensions, dimensions);
            }
        }
    }

    private static float[] vector(SentenceEncoder encoder, CheckedClaim claim) {
        String text = MatchingText.clean(claim.text());
        return text.isBlank() ? null : encoder.encode(text);
    }

    /** How many checked claims it matches against. */
    public int size() {
        return size;
    }

    /**
     * The {@code count} checked claims most like {@code text}, best first; none when it has no word to match.
     * Each match says its combined score (for the order) and its similarity (the cosine of the two sentences,
     * comparable from one query to the next; 0 when the matcher reads words only).
     */
    public List<ClaimMatch> match(String text, int count) {
        String clean = MatchingText.clean(text == null ? "" : text);
        if (count <= 0 || size == 0 || clean.isBlank()) {
            return List.of();
        }
        Map<Integer, Double> lexical = lexical(clean, encoder == null ? count : POOL);
        if (encoder == null) {
            List<ClaimMatch> matches = new ArrayList<>(lexical.size());
            lexical.forEach((doc, score) -> matches.add(new ClaimMatch(ids[doc], score, 0)));
            return matches;
        }
        float[] query = encoder.encode(clean);
        float[] similarity = dimensions == query.length ? Vectors.dots(query, vectors, size) : new float[size];
        Set<Integer> pool = new HashSet<>(lexical.keySet());
        pool.addAll(Vectors.top(similarity, POOL));
        double best =
                lexical.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        List<ClaimMatch> matches = new ArrayList<>(pool.size());
        for (int doc : pool) {
            double words = lexical.getOrDefault(doc, 0.0) / best;
            double score = LEXICAL_WEIGHT * words + (1 - LEXICAL_WEIGHT) * similarity[doc];
            matches.add(new ClaimMatch(ids[doc], score, similarity[doc]));
        }
        matches.sort(Comparator.comparingDouble(ClaimMatch::score).reversed());
        return List.copyOf(matches.subList(0, Math.min(count, matches.size())));
    }

    /** BM25's best {@code count} documents with their scores, best first (empty when the text has no term). */
    private Map<Integer, Double> lexical(String clean, int count) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        for (Map.Entry<String, Float> field : FIELDS.entrySet()) {
            Analyzer analyzer = field.getKey().endsWith("_fr") ? MatchingText.FRENCH : MatchingText.ENGLISH;
            Set<String> terms = MatchingText.terms(analyzer, field.getKey(), clean);
            int taken = 0;
            for (String term : terms) {
                if (taken++ == MAX_TERMS_PER_FIELD) {
                    break;
                }
                query.add(
                        new BoostQuery(new TermQuery(new Term(field.getKey(), term)), field.getValue()),
                        BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        Map<Integer, Double> found = new LinkedHashMap<>();
        if (clauses == 0) {
            return found;
        }
        try {
            // Total hits are not counted, so Lucene may skip blocks that cannot reach the best (block-max WAND).
            TopScoreDocCollectorManager best = new TopScoreDocCollectorManager(count, null, count);
            for (ScoreDoc hit : searcher.search(query.build(), best).scoreDocs) {
                found.put(hit.doc, (double) hit.score);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the checked claims", e);
        }
    }
}
