/**
 * Document templates: versioned lists of sections of typed fields (short and rich text, number, money, date, choice
 * list, table with typed columns), with labels in English and French, that the KA Director adapts and validates.
 * The Key Account Database is built from them today; the strategy document and the Key Account Plan can reuse
 * the same model through {@link com.kamplanner.template.DocumentKind}.
 */
package com.kamplanner.template;
