/**
 * A KA culture the executive can foster (issue 19, section 3): the programme messages executives and the KA
 * Director publish to everyone, to the KAMs or to one segment's KA teams ({@link
 * com.kamplanner.culture.ProgrammeMessages}), and the recognitions of KA teams for achievements their accounts'
 * own records show ({@link com.kamplanner.culture.Recognitions}, found by {@link
 * com.kamplanner.culture.Achievements}); who publishes and who reads is {@link com.kamplanner.culture.CultureRules}.
 */
package com.kamplanner.culture;
