package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bodies the actor scheme lacks, read by the shape of their names, for {@link EntityRule}: "the" and
 * capitalised words ending in a word that heads the names of Party and state organs ("the State
 * Administration of Traditional Chinese Medicine", "the China National Space Administration", "the
 * Leading Group for ...") with a capitalised complement after "of" / "for" ("the Commission for
 * Discipline Inspection"), and "the Chinese government". The organs of the register are an open class:
 * each ministry, administration and commission is named so, and a scheme lists only the common ones.
 */
final class ActorNames {
    /** The words that head an organ's name, as written (capitalised). */
    private static final String[] HEADS = {
        "Ministry",
        "Commission",
        "Council",
        "Administration",
        "Bureau",
        "Office",
        "Committee",
        "Court",
        "Procuratorate",
        "Department",
        "Agency",
        "Leading Group",
        "Government",
        "Secretariat",
        "Academy",
        "Force",
        "Corps",
        "Guard"
    };

    private static final String HEAD = "(?:" + String.join("|", HEADS).replace(" ", "\\s+") + ")";
    /** A capitalised word of a name: "State", "People's", "Anti-Monopoly", "China". */
    private static final String WORD = "[A-Z][\\w'’-]*";
    /** Words of the name after "of" / "for": "of Industry and Information Technology", "for Discipline Inspection". */
    private static final String COMPLEMENT =
            "(?:\\s+(?:of|for|on)\\s+(?:the\\s+)?" + WORD + "(?:\\s+(?:(?:of|and|for|on|the)\\s+)*" + WORD + ")*)?";

    private static final KeywordPattern NAME = new KeywordPattern(
            "[Tt]he\\s+((?:" + WORD + "\\s+(?:and\\s+)?){0,6}?" + HEAD + COMPLEMENT + "|Chinese\\s+government)\\b",
            "The",
            "the");

    /** Sentence openers, pronouns and adverbs that start a capitalised run without naming a body. */
    private static final Pattern NOT_A_NAME_START =
            Pattern.compile("(?:Every|Each|All|Any|Some|This|That|Its|Our|Their|Relevant)\\b.*");

    /**
     * International organisations and their organs, which are not bodies acting in Party or state affairs
     * ("the UN Security Council", "the World Health Organization's Executive Board").
     */
    private static final Pattern INTERNATIONAL = Pattern.compile(
            "(?:.*\\b(?:United\\s+Nations|UN|World|International|European|African|Asian|Security\\s+Council"
                    + "|General\\s+Assembly|Organization|Union|Association)\\b.*)");

    private ActorNames() {}

    /** The names of organs in the sentence, by shape, without their article. */
    static List<Span> find(SentenceContext ctx) {
        List<Span> out = new ArrayList<>();
        if (!ctx.textMentions(HEADS) && !ctx.mentions("chinese government")) {
            return out;
        }
        for (Matcher m = NAME.find(
                        ctx.text(),
                        ctx.span().start(),
                        ctx.span().start(),
                        ctx.span().end());
                m != null;
                m = NAME.find(
                        ctx.text(), m.end(), ctx.span().start(), ctx.span().end())) {
            String name = m.group(1);
            // a head alone ("the Ministry", "the Committee") is a short form of a body named before
            if (NOT_A_NAME_START.matcher(name).matches()
                    || name.indexOf(' ') < 0
                    || INTERNATIONAL.matcher(name).matches()) {
                continue;
            }
            out.add(new Span(m.start(1), m.end(1)));
        }
        return out;
    }
}
