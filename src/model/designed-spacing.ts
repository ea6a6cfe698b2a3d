/**
 * The designed spacings a magazine gets when `magazine.yaml` names none: grid lines added to the
 * design's own space (0 = as designed), four for titles, three for subheads, two above pull quotes
 * and above photos in the text. Kept apart from the schema so that the fitter and the check read them
 * without loading the validator.
 */
export const DEFAULT_SPACING = { title: [-2, 0, 3, 6], subhead: [0, 1, 2], pullQuote: [0, 1], photo: [0, 1] };
