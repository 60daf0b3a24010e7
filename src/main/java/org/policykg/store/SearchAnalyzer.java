package org.policykg.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer of the language-neutral fields, which every search without a language reads: Han
 * characters become overlapping bigrams (as Lucene's CJKAnalyzer makes them), Latin words are
 * lower-cased, stripped of tone marks and accents ("ānquán" is found by "anquan") and stemmed as
 * English ("safeguarding" finds "safeguard"). Index and query use the same chain.
 */
public final class SearchAnalyzer extends Analyzer {
    private final boolean english;

    /** @param english whether to drop English stop words and stem (off for pinyin) */
    public SearchAnalyzer(boolean english) {
        this.english = english;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream tokens = new CJKWidthFilter(source);
        tokens = new LowerCaseFilter(tokens);
        tokens = new ASCIIFoldingFilter(tokens);
        tokens = new CJKBigramFilter(tokens);
        if (english) {
            tokens = new StopFilter(tokens, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            tokens = new PorterStemFilter(tokens);
        }
        return new TokenStreamComponents(source, tokens);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        // wildcard and prefix terms ("anqu*") are folded the same way as indexed words
        return new ASCIIFoldingFilter(new LowerCaseFilter(new CJKWidthFilter(in)));
    }
}
