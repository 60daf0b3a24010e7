package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policykg.vocab.PKG;

/**
 * Roles in Chinese text, read through the {@code @zh} labels of the role scheme: 以X为Y and 把X作为Y
 * (rule treat-as, as their English renderings are), and X是Y的Z (rule copula-role). X gives the
 * concepts the sentence's mentions name inside it, a list and a fused coordination included, as the
 * concept mentions distribute them. 将 opens the frame as 把 does (将X作为Y), and X may stand bare before
 * 作为 (发挥X作为Y的作用). A role noun of the register that the scheme lacks ({@code role-nouns-zh.tsv}:
 * 主攻方向, 出发点) is a candidate role keyed by the slug of its usual English rendering, so an original
 * and its translation meet on it; any other word gives nothing.
 */
final class ChineseRoleRule implements Rule {
    private static final String TREAT_AS = "treat-as";
    private static final String COPULA = "copula-role";
    /** Marks that end a clause: X never reaches across them. */
    private static final String CLAUSE_END = "，。；：！？,;:!?\n";
    /** Characters before 以 that make it another word (可以, 予以, 加以, 所以, 难以, 得以, 足以). */
    private static final String NOT_YI_BEFORE = "可予加所难得足";
    /** Heads a role word modifies without changing the role (基础工程 a foundation project). */
    private static final List<String> ROLE_HEADS = List.of("工程", "要素", "环节");
    /** Roles held by a verb (守住…的底线), and the verbs. */
    private static final java.util.Set<String> HOLD_ROLES = java.util.Set.of("底线", "红线");

    private static final List<String> HOLD_VERBS = List.of("守住", "守牢", "坚守", "守好", "筑牢");
    /** Roles whose word is also a verb: 以X保障Y. */
    private static final java.util.Set<String> VERBAL_ROLES = java.util.Set.of("保障");
    /** Role nouns the scheme lacks, and the slugs of their English renderings. */
    private static final java.util.Map<String, String> CANDIDATE_ROLES = WordLists.pairs("role-nouns-zh.tsv");
    /** Adjectives that modify a role word without changing the role (以X为重要支撑, 以X为坚实基础). */
    private static final List<String> ROLE_ADJECTIVES = List.of(
            "重要", "基本", "坚实", "有力", "强大", "战略", "主要", "坚强", "可靠", "必要", "内在", "重大", "首要", "总", "最终", "奋斗", "长远", "共同");
    /** The characters that open a 把X作为Y frame. */
    private static final String BA = "把将";
    /** The head of an appositive role: 落实X根本任务 gives X the role of the task's word. */
    private static final String TASK = "任务";
    /** 稳字当头: the one word put before all else, its character named with 字. */
    private static final String FIRST = "字当头";
    /** Role words that stand beside 任务 as a noun of their own (目标任务: goals and tasks), not before it as its modifier. */
    private static final java.util.Set<String> TASK_PEERS = java.util.Set.of("目标");
    /** How long a noun modifying a role word with no 的 may be (作为全县工作重点). */
    private static final int MAX_NOUN_MODIFIER = 6;
    /** How far back from its 的 a role's modifier reaches for the 为 of its frame. */
    private static final int MAX_MODIFIER = 16;
    /** Han characters of a phrase a frame holds that no word list names: two to a dozen. */
    private static final int MIN_PHRASE = 2;

    private static final int MAX_PHRASE = 12;
    /** 以…同志为核心 places a person, a title rather than a concept's role. */
    private static final String COMRADE = "同志";

    @Override
    public String id() {
        return TREAT_AS;
    }

    @Override
    public List<String> ids() {
        return List.of(TREAT_AS, COPULA);
    }

    @Override
    public List<Finding> apply(SentenceContext ctx) {
        String f = ctx.folded();
        Span sentence = ctx.span();
        if (!ctx.hasHan() || !ctx.mentions("为", "当作", "是", "底线", "红线", "保障", TASK, FIRST)) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        first(ctx, out);
        Lexicon.Match before = null;
        for (Lexicon.Match found : roleWords(ctx, f, sentence)) {
            if (sharesFrame(f, before, found)) {
                // 作为出发点和落脚点: a role word joined to the one before takes its frame and its concepts
                sameConcepts(ctx, before, found, out);
                before = found;
                continue;
            }
            before = found;
            // a role word in quotation marks (为“Y”) holds its frame as a bare one does
            boolean quoted = found.span().start() > sentence.start()
                    && found.span().end() < sentence.end()
                    && f.charAt(found.span().start() - 1) == '"'
                    && f.charAt(found.span().end()) == '"';
            Lexicon.Match role = quoted
                    ? new Lexicon.Match(
                            found.iri(),
                            new Span(found.span().start() - 1, found.span().end() + 1))
                    : found;
            int start = role.span().start();
            if (start == sentence.start() || !Lexicon.isHan(f.charAt(quoted ? start + 1 : start))) {
                continue;
            }
            // 把X作为…的第一要务: the frame's verb stands before the role's modifier
            int adjective = start - adjectiveBefore(f, sentence.start(), start);
            int at = adjective > sentence.start() && f.charAt(adjective - 1) == '的'
                    ? verbBeforeModifier(f, sentence.start(), adjective - 1)
                    : adjective;
            if (at > sentence.start() && f.charAt(at - 1) == '为') {
                boolean zuowei = at - 2 >= sentence.start()
                        && f.charAt(at - 2) == '作'
                        && openerBefore(f, sentence.start(), at - 2, BA) >= 0; // not 以X工作为Y
                int verb = zuowei ? at - 2 : at - 1;
                int opener = zuowei ? openerBefore(f, sentence.start(), verb, BA) : yiBefore(f, sentence, verb);
                if (opener < 0
                        && at - 2 >= sentence.start()
                        && f.charAt(at - 2) == '作'
                        && yiBefore(f, sentence, at - 2) < 0) {
                    bare(ctx, at - 2, role, out);
                } else if (opener >= 0) {
                    assign(
                            ctx,
                            TREAT_AS,
                            new Span(carried(f, opener, verb), verb),
                            new Span(opener, role.span().end()),
                            role,
                            out);
                }
            } else if (zuoweiBeforeNoun(f, sentence.start(), at) >= 0) {
                // 把X作为全县工作重点: a noun modifies the role word with no 的 between
                int zuowei = zuoweiBeforeNoun(f, sentence.start(), at);
                int opener = openerBefore(f, sentence.start(), zuowei, BA);
                assign(
                        ctx,
                        TREAT_AS,
                        new Span(opener + 1, zuowei),
                        new Span(opener, role.span().end()),
                        role,
                        out);
            } else if (at - 2 >= sentence.start() && f.startsWith("当作", at - 2)) {
                int opener = openerBefore(f, sentence.start(), at - 2, BA);
                if (opener >= 0) {
                    assign(
                            ctx,
                            TREAT_AS,
                            new Span(opener + 1, at - 2),
                            new Span(opener, role.span().end()),
                            role,
                            out);
                }
            } else if (HOLD_ROLES.contains(role.span().of(f))) {
                held(ctx, role, out);
            } else if (VERBAL_ROLES.contains(role.span().of(f))) {
                // 以X保障Y: X guarantees Y, the role's word used as the verb
                int opener = yiBefore(f, sentence, start);
                if (opener >= 0) {
                    assign(
                            ctx,
                            TREAT_AS,
                            new Span(opener + 1, start),
                            new Span(opener, role.span().end()),
                            role,
                            out);
                } else if (endsClause(f, afterHead(f, role.span().end()), sentence.end())) {
                    copula(ctx, role, out); // X是Y的安全保障: the word as a noun, the copula's role
                }
            } else if (f.startsWith(TASK, role.span().end())
                    && f.charAt(start - 1) != '的'
                    && !TASK_PEERS.contains(role.span().of(f))) {
                appositive(ctx, role, out);
            } else if (endsClause(f, afterHead(f, role.span().end()), sentence.end())) {
                copula(ctx, role, out);
            }
        }
        return out;
    }

    /** Whether {@code role} is joined to the role word {@code before} by 和, 与 or 、 and nothing else. */
    private static boolean sharesFrame(String f, Lexicon.Match before, Lexicon.Match role) {
        return before != null
                && before.span().end() + 1 == role.span().start()
                && "和与、".indexOf(f.charAt(before.span().end())) >= 0;
    }

    /** The concepts given the role of {@code before} given that of {@code role} too. */
    private static void sameConcepts(SentenceContext ctx, Lexicon.Match before, Lexicon.Match role, List<Finding> out) {
        List<Finding> joined = new ArrayList<>();
        for (Finding x : out) {
            if (x instanceof Finding.Role r
                    && r.role().equals(before.iri())
                    && r.evidence().end() == before.span().end()) {
                joined.add(new Finding.Role(
                        r.rule(),
                        r.concept(),
                        role.iri(),
                        new Span(r.evidence().start(), role.span().end()),
                        ctx.sentence(),
                        r.words()));
            }
        }
        out.addAll(joined);
    }

    /** X字当头: the register word X is the top priority. */
    private static void first(SentenceContext ctx, List<Finding> out) {
        String f = ctx.folded();
        Span s = ctx.span();
        // sought within the sentence: indexOf on the whole text would run on to its end for every sentence
        for (int at = CharScan.indexOf(f, FIRST, s.start(), s.end());
                at >= 0 && at + FIRST.length() <= s.end();
                at = CharScan.indexOf(f, FIRST, at + 1, s.end())) {
            if (at - 1 < s.start()) {
                continue;
            }
            java.util.Optional<String> word = ChineseTerms.of(ctx, at - 1, at);
            java.util.Optional<String> role = ctx.lexicons().roles().exact("top priority");
            if (word.isPresent() && role.isPresent()) {
                out.add(new Finding.Role(
                        TREAT_AS, word.get(), role.get(), new Span(at - 1, at + FIRST.length()), ctx.sentence()));
            }
        }
    }

    /**
     * The scheme's role words in the sentence, and the register's role nouns it lacks as candidate roles
     * where no scheme word covers them.
     */
    private static List<Lexicon.Match> roleWords(SentenceContext ctx, String f, Span sentence) {
        List<Lexicon.Match> words = new ArrayList<>(ctx.find(ctx.roles(), f, sentence));
        String text = ctx.foldedSentence();
        for (java.util.Map.Entry<String, String> noun : CANDIDATE_ROLES.entrySet()) {
            for (int i = text.indexOf(noun.getKey()); i >= 0; i = text.indexOf(noun.getKey(), i + 1)) {
                Span span = new Span(
                        sentence.start() + i,
                        sentence.start() + i + noun.getKey().length());
                if (words.stream().noneMatch(w -> w.span().overlaps(span))) {
                    words.add(new Lexicon.Match(PKG.ROLE_CANDIDATE_NS + noun.getValue(), span));
                }
            }
        }
        return compounds(words);
    }

    /**
     * 根本宗旨, 核心目标, 根本动力: a role word right before another modifies it, and the last one, the
     * compound's head, names the role; the compound is read as one word.
     */
    private static List<Lexicon.Match> compounds(List<Lexicon.Match> words) {
        if (words.size() < 2) {
            return words;
        }
        List<Lexicon.Match> sorted = new ArrayList<>(words);
        sorted.sort(java.util.Comparator.comparingInt(w -> w.span().start()));
        List<Lexicon.Match> out = new ArrayList<>();
        for (Lexicon.Match word : sorted) {
            Lexicon.Match last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.span().end() == word.span().start()) {
                out.set(
                        out.size() - 1,
                        new Lexicon.Match(
                                word.iri(),
                                new Span(last.span().start(), word.span().end())));
            } else {
                out.add(word);
            }
        }
        return out;
    }

    /**
     * 发挥X作为Y的作用: X stands bare before 作为, with no 把 or 以 to open a frame; X is only what a
     * mention or a register word names right before it, never the clause's other words.
     */
    private static void bare(SentenceContext ctx, int zuowei, Lexicon.Match role, List<Finding> out) {
        Optional<Finding.Mention> before = ctx.mentionEndingAt(zuowei);
        if (before.isPresent()) {
            Span x = before.get().evidence();
            assign(ctx, TREAT_AS, x, new Span(x.start(), role.span().end()), role, out);
            return;
        }
        int clause = clauseStart(ctx.folded(), ctx.span().start(), zuowei);
        ChineseTerms.ending(ctx, clause, zuowei)
                .ifPresent(c -> out.add(new Finding.Role(
                        TREAT_AS, c, role.iri(), new Span(clause, role.span().end()), ctx.sentence())));
    }

    /**
     * 落实X根本任务: X stands right before the role word of a task it is given, with no 的 or frame; X is
     * the longest end of the words before it that names a concept or a register word.
     */
    private static void appositive(SentenceContext ctx, Lexicon.Match role, List<Finding> out) {
        int end = role.span().start();
        int clause = clauseStart(ctx.folded(), ctx.span().start(), end);
        for (Finding earlier : ctx.earlier()) {
            if (earlier instanceof Finding.Mention m
                    && m.evidence().end() == end
                    && m.evidence().start() >= clause) {
                out.add(new Finding.Role(
                        TREAT_AS,
                        m.concept(),
                        role.iri(),
                        new Span(m.evidence().start(), role.span().end() + TASK.length()),
                        ctx.sentence()));
                return;
            }
        }
        for (int from = clause; from < end; from++) {
            java.util.Optional<String> named = ChineseTerms.of(ctx, from, end);
            if (named.isPresent()) {
                out.add(new Finding.Role(
                        TREAT_AS,
                        named.get(),
                        role.iri(),
                        new Span(from, role.span().end() + TASK.length()),
                        ctx.sentence()));
                return;
            }
        }
    }

    /**
     * 守住X的底线: what the bottom line holds is X, between the verb that holds it and the role's 的; 守住X底线
     * names the line by a compound noun and gives X no role.
     */
    private static void held(SentenceContext ctx, Lexicon.Match role, List<Finding> out) {
        String f = ctx.folded();
        int end = role.span().start();
        if (end - 1 < ctx.span().start() || f.charAt(end - 1) != '的') {
            return; // 守住X底线: the line named by a compound noun, no role given to X
        }
        for (int i = end - 2; i >= ctx.span().start() && CLAUSE_END.indexOf(f.charAt(i)) < 0; i--) {
            for (String verb : HOLD_VERBS) {
                if (f.startsWith(verb, i) && i + verb.length() < end) {
                    int x = end - 1;
                    assign(
                            ctx,
                            TREAT_AS,
                            new Span(i + verb.length(), x),
                            new Span(i, role.span().end()),
                            role,
                            out);
                    return;
                }
            }
        }
    }

    /**
     * The 作为 of a 把X作为NY frame whose role word Y (at {@code at}) a short noun N modifies with no 的
     * (作为全县工作重点), or -1: 把 or 将 opens it in the same clause, and no 是 or 的 stands between.
     */
    private static int zuoweiBeforeNoun(String f, int floor, int at) {
        for (int i = at - 2; i >= Math.max(floor, at - 2 - MAX_NOUN_MODIFIER); i--) {
            char c = f.charAt(i);
            if (CLAUSE_END.indexOf(c) >= 0 || c == '是' || c == '的' || !Lexicon.isHan(c)) {
                return -1;
            }
            if (f.startsWith("作为", i) && i + 2 < at) {
                return openerBefore(f, floor, i, BA) >= 0 ? i : -1;
            }
        }
        return -1;
    }

    /**
     * The start of a role's modifier (作为党和国家的核心任务 → 党和国家的): the char after the 为 that
     * opens it in the same clause, or the modifier's own start when no 为 stands before it.
     */
    private static int verbBeforeModifier(String f, int floor, int de) {
        for (int i = de - 1; i >= Math.max(floor, de - MAX_MODIFIER) && CLAUSE_END.indexOf(f.charAt(i)) < 0; i--) {
            if (f.charAt(i) == '是') {
                break; // X是…的Y: a copula, not a frame
            }
            if (f.charAt(i) == '为') {
                return i + 1;
            }
        }
        return de + 1;
    }

    /**
     * 以企业为主体、市场为导向: after a frame closed by its 为, the 以 carries over the list and X starts
     * after the enumeration comma.
     */
    private static int carried(String f, int opener, int verb) {
        int start = opener + 1;
        for (int i = opener + 1; i < verb; i++) {
            if (f.charAt(i) == '、' && f.lastIndexOf('为', i) > opener) {
                start = i + 1;
            }
        }
        return start;
    }

    /** The length of an adjective of the role word right before it (为重要支撑), or 0. */
    private static int adjectiveBefore(String f, int floor, int start) {
        for (String adjective : ROLE_ADJECTIVES) {
            if (start - adjective.length() > floor && f.startsWith(adjective, start - adjective.length())) {
                return adjective.length();
            }
        }
        return 0;
    }

    /** The end of a head noun the role word modifies (基础工程, 关键要素), or {@code end}. */
    private static int afterHead(String f, int end) {
        for (String head : ROLE_HEADS) {
            if (f.startsWith(head, end)) {
                return end + head.length();
            }
        }
        return end;
    }

    /** X是(Y的)Z: the subject is the clause before 是, and the role closes the clause. */
    private static void copula(SentenceContext ctx, Lexicon.Match role, List<Finding> out) {
        String f = ctx.folded();
        int shi = -1;
        for (int i = role.span().start() - 1; i >= ctx.span().start() && CLAUSE_END.indexOf(f.charAt(i)) < 0; i--) {
            if (f.charAt(i) == '是') {
                shi = i;
                break;
            }
        }
        if (shi < 0) {
            return;
        }
        int subject = clauseStart(f, ctx.span().start(), shi);
        if (subject == shi && subject > ctx.span().start() && f.charAt(subject - 1) == '，') {
            // …的第一动力，是…的战略支撑: the clause carries the subject of the copula before it
            int before = clauseStart(f, ctx.span().start(), subject - 1);
            int earlierShi = CharScan.indexOf(f, '是', before, subject - 1);
            if (earlierShi > before && earlierShi < subject - 1) {
                assign(
                        ctx,
                        COPULA,
                        new Span(before, earlierShi),
                        new Span(shi, role.span().end()),
                        role,
                        out);
            }
            return;
        }
        assign(
                ctx,
                COPULA,
                new Span(subject, shi),
                new Span(subject, role.span().end()),
                role,
                out);
    }

    private static int clauseStart(String f, int floor, int at) {
        int i = at;
        while (i > floor && CLAUSE_END.indexOf(f.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    /** The 以 that opens a 以X为 frame before {@code verb} in the same clause, or -1. */
    private static int yiBefore(String f, Span sentence, int verb) {
        for (int i = verb - 1; i >= sentence.start() && CLAUSE_END.indexOf(f.charAt(i)) < 0; i--) {
            if (f.charAt(i) == '以'
                    && f.charAt(i + 1) != '及'
                    && (i == sentence.start() || NOT_YI_BEFORE.indexOf(f.charAt(i - 1)) < 0)) {
                return i;
            }
        }
        return -1;
    }

    /** The nearest of the {@code openers} before {@code verb} in the same clause, or -1. */
    private static int openerBefore(String f, int floor, int verb, String openers) {
        for (int i = verb - 1; i >= floor && CLAUSE_END.indexOf(f.charAt(i)) < 0; i--) {
            if (openers.indexOf(f.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the role word is the clause's last: 是…的根基。 but not 是…的关键领域. */
    private static boolean endsClause(String f, int end, int sentenceEnd) {
        return end == sentenceEnd || CLAUSE_END.indexOf(f.charAt(end)) >= 0 || f.charAt(end) == '、';
    }

    /** 以X为Y的Z: the frame modifies the noun after it (以X为核心的Y). */
    private static boolean modifies(String f, Span frame) {
        return frame.end() < f.length() && f.charAt(frame.end()) == '的';
    }

    /**
     * Whether a mention read before covers the frame and more (以人民为中心的发展思想, a set phrase): the
     * frame is a word of the phrase's name there, not a statement of its own.
     */
    private static boolean insideSetPhrase(SentenceContext ctx, Span frame) {
        for (Finding earlier : ctx.earlier()) {
            if (earlier instanceof Finding.Mention m
                    && m.evidence().contains(frame)
                    && m.evidence().length() > frame.length()) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a frame holds that neither the scheme nor the register words name (以改革创新为动力): role
     * phrases and what takes them are an open class in this register, so a short phrase of Han
     * characters bounded by its frame is a candidate concept minted from its own words. A clause (是,
     * punctuation) or a single character is not a phrase.
     */
    private static java.util.Optional<String> phrase(String f, Span item) {
        // 解决好“三农”问题: a quoted word inside the phrase is part of it, its marks are not
        String words = QUOTE_MARKS.matcher(item.of(f).strip()).replaceAll("");
        int han = 0;
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (!Lexicon.isHan(c) || c == '是' || c == '的' && i == words.length() - 1) {
                return java.util.Optional.empty();
            }
            han++;
        }
        return han < MIN_PHRASE || han > MAX_PHRASE || words.contains(COMRADE)
                ? java.util.Optional.empty()
                : java.util.Optional.of(PKG.CANDIDATE_NS + CandidateConcepts.slug(words));
    }

    /** A copula's subject without the adverbs before its 是 (发展仍 → 发展, 改革始终 → 改革). */
    private static Span withoutAdverbs(String f, Span item) {
        int end = item.end();
        boolean more = true;
        while (more && end > item.start()) {
            more = false;
            for (String adverb : SUBJECT_ADVERBS) {
                if (end - adverb.length() > item.start() && f.startsWith(adverb, end - adverb.length())) {
                    end -= adverb.length();
                    more = true;
                    break;
                }
            }
        }
        return new Span(item.start(), end);
    }

    /**
     * Whether the subject of X是Y的Z that no word list names is a concept in its own words (发展仍是…的关键,
     * 深化改革是…的关键): the role is the register's statement whatever X is, but a pronoun (这, 其) or a
     * place or person (我国, 我们) is no concept.
     */
    private static boolean subject(String f, Span words) {
        String text = words.of(f);
        return NOT_SUBJECTS.stream().noneMatch(text::startsWith);
    }

    private static final java.util.regex.Pattern QUOTE_MARKS = java.util.regex.Pattern.compile("[\"“”]");

    /** Adverbs between a copula's subject and its 是. */
    private static final List<String> SUBJECT_ADVERBS =
            List.of("始终", "仍然", "依然", "一直", "永远", "从来", "仍", "也", "都", "就", "才", "则", "更", "还", "正", "又");
    /** Words that open a subject no concept is: pronouns, the country and its people, persons. */
    private static final List<String> NOT_SUBJECTS =
            List.of("这", "那", "其", "它", "此", "该", "我", "我们", "中国", "人民", "他", "她", "谁", "什么", "哪");

    /**
     * One role for each concept the sentence's mentions name inside {@code x}; an item of a list in
     * {@code x} (以X、Y、Z为指导) that no mention covers is the register word it is ({@link ChineseTerms}:
     * 以企业为主体), so a list distributes over concepts and register words alike.
     */
    private static void assign(
            SentenceContext ctx, String rule, Span x, Span evidence, Lexicon.Match role, List<Finding> out) {
        List<String> seen = new ArrayList<>();
        List<Span> covered = new ArrayList<>();
        for (Finding earlier : ctx.earlier()) {
            if (earlier instanceof Finding.Mention m && x.contains(m.evidence())) {
                covered.add(m.evidence());
                if (!seen.contains(m.concept())) {
                    seen.add(m.concept());
                    out.add(new Finding.Role(rule, m.concept(), role.iri(), evidence, ctx.sentence()));
                }
            }
        }
        String f = ctx.folded();
        int piece = x.start();
        for (int i = x.start(); i <= x.end(); i++) {
            if (i < x.end() && f.charAt(i) != '、') {
                continue;
            }
            Span item = new Span(piece, i);
            piece = i + 1;
            if (covered.stream().noneMatch(item::overlaps)) {
                Span words = rule.equals(COPULA) ? withoutAdverbs(f, item) : item;
                java.util.Optional<String> named = ChineseTerms.of(ctx, words.start(), words.end());
                // a candidate minted from the text's words is labelled with them
                String own =
                        named.isEmpty() ? ReadingText.words(words.of(ctx.text()).strip()) : null;
                named.or(() -> rule.equals(TREAT_AS) && !(modifies(f, evidence) && insideSetPhrase(ctx, evidence))
                                        || rule.equals(COPULA) && subject(f, words)
                                ? phrase(f, words)
                                : java.util.Optional.empty())
                        .filter(c -> !seen.contains(c))
                        .ifPresent(c -> {
                            seen.add(c);
                            out.add(new Finding.Role(rule, c, role.iri(), evidence, ctx.sentence(), own));
                        });
            }
        }
    }
}
