/** Stylesheets imported by components are irrelevant in Jest. */
export default {};
