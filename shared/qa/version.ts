/**
 * The version of what the checks find. Stored findings carry it (in the check stamp, with the
 * glossary's), so a release whose rules find differently has every document checked again in the
 * background instead of showing the findings of the rules it replaced. Bump it with any change to
 * a rule's findings.
 */
export const QA_ENGINE_VERSION = 492;

/**
 * The version of what a document's names hold (names by shape, repeated sentences, and since 2
 * its sources' acronyms): names a document keeps from an older release are gathered again.
 */
export const QA_NAMES_VERSION = 2;
