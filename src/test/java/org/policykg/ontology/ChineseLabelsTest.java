package org.policykg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.policykg.TestData;
import org.policykg.vocab.PKG;

/**
 * Chinese text is read through the schemes' {@code @zh} labels, so every concept and role carries one,
 * and no two roles share one (the extractor's look-up would keep whichever it met first).
 */
class ChineseLabelsTest {
    /**
     * 中心 is central-task's (以经济建设为中心, "the central task"); 以人民为中心 "people-centred" uses the
     * same word, so the role that the people's place needs has no Chinese word of its own.
     */
    private static final List<String> WITHOUT_CHINESE = List.of(PKG.ROLE_NS + "center");

    private static List<String> chinese(Resource r) {
        return r.listProperties(SKOS.prefLabel)
                .andThen(r.listProperties(SKOS.altLabel))
                .mapWith(Statement::getLiteral)
                .filterKeep(l -> l.getLanguage().equals("zh"))
                .mapWith(l -> l.getLexicalForm())
                .toList();
    }

    private static List<Resource> members(Model m, Resource scheme) {
        return m.listSubjectsWithProperty(SKOS.inScheme, scheme)
                .filterKeep(r -> !r.getURI().endsWith("/scheme"))
                .toList();
    }

    @Test
    void everyConceptAndRoleHasAChineseLabel() {
        Model vocabulary = TestData.ONTOLOGY.vocabulary();
        List<Resource> all = new java.util.ArrayList<>(members(vocabulary, PKG.SecurityConceptScheme));
        all.addAll(members(vocabulary, PKG.RoleScheme));
        assertThat(all).hasSizeGreaterThan(100);
        for (Resource r : all) {
            if (!WITHOUT_CHINESE.contains(r.getURI())) {
                assertThat(chinese(r)).as(r.getURI()).isNotEmpty();
            }
        }
    }

    @Test
    void noTwoRolesShareAChineseLabel() {
        Map<String, String> owner = new HashMap<>();
        for (Resource role : members(TestData.ONTOLOGY.vocabulary(), PKG.RoleScheme)) {
            for (String label : chinese(role)) {
                assertThat(owner.putIfAbsent(label, role.getURI())).as(label).isNull();
            }
        }
    }
}
