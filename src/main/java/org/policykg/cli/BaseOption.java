package org.policykg.cli;

import org.policykg.vocab.PKG;
import picocli.CommandLine.Option;

/** {@code --base IRI}: the data namespace a command mints IRIs in; a mixin of every command that extracts. */
final class BaseOption {
    @Option(names = "--base", paramLabel = "IRI", description = "Namespace of minted IRIs (default: ${DEFAULT-VALUE}).")
    String base = PKG.BASE;
}
