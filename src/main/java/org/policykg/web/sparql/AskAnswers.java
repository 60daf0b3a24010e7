package org.policykg.web.sparql;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.resultset.ResultsWriter;

/**
 * An ASK has two answers per format: each is written once by Jena's own writer and then reused,
 * since setting up the writer cost more than the rest of a small ASK outside the store (JMH:
 * {@code HttpHotPathBenchmark.writeAskAsSparqlJson}).
 */
final class AskAnswers {
    private record Answer(Lang lang, boolean value) {}

    private static final Map<Answer, byte[]> WRITTEN = new ConcurrentHashMap<>();

    private AskAnswers() {}

    /** The bytes Jena writes for this answer in this format; callers must not change them. */
    static byte[] bytes(Lang lang, boolean value) {
        return WRITTEN.computeIfAbsent(new Answer(lang, value), a -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultsWriter.create().lang(a.lang()).build().write(out, a.value());
            return out.toByteArray();
        });
    }
}
