/** An issue's id and folder name: yyyy-mm. Its own module so the CLI can test a name without loading the model. */
export const ISSUE_ID = /^\d{4}-(0[1-9]|1[0-2])$/;
