/**
 * The version of what the checks find. Stored findings carry it (in the check stamp, with the
 * glossary's), so a release whose rules find differently has every document checked again in the
 * background instead of showing the findings of the rules it replaced. Bump it with any change to
 * a rule's findings.
 */
export const QA_ENGINE_VERSION = 6;
