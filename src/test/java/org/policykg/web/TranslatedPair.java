package org.policykg.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.policykg.TestData;
import org.policykg.ingest.SeedLoader;
import org.policykg.store.GraphStore;
import org.policykg.store.Tdb2GraphStore;
import org.policykg.vocab.PKG;

/**
 * Two translated pairs of the development corpus (the National Security Law's first chapter and a
 * section of the 20th Congress report, English and Chinese) loaded as seeds into a test server's
 * store, so that the loader aligns them as on a first start.
 */
public final class TranslatedPair {
    public static final String EN = "en-sec-national-security-law-2015-ch1";
    public static final String ZH = "zh-national-security-law-2015-ch1";
    public static final String REPORT_EN = "en-sec-20th-congress-report-2022-sec11";
    public static final String REPORT_ZH = "zh-20th-party-congress-report-2022-delivered-sec11-12";

    private TranslatedPair() {}

    public static void load(GraphStore store, Path folder) {
        try {
            for (String id : new String[] {EN, ZH, REPORT_EN, REPORT_ZH}) {
                Files.copy(TestData.DEV_CORPUS.resolve(id + ".txt"), folder.resolve(id + ".txt"));
                Files.copy(TestData.DEV_CORPUS.resolve(id + ".meta.json"), folder.resolve(id + ".meta.json"));
            }
            new SeedLoader(TestData.PIPELINE, PKG.BASE).loadFolder(store, folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (store instanceof Tdb2GraphStore tdb) {
            tdb.awaitMemoryReplica();
        }
    }
}
