package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static com.kamplanner.web.it.ContainerTests.accountId;
import static com.kamplanner.web.it.ContainerTests.api;
import static com.kamplanner.web.it.ContainerTests.assertForbidden;
import static com.kamplanner.web.it.ContainerTests.ok;
import static com.kamplanner.web.it.ContainerTests.okArray;
import static com.kamplanner.web.it.ContainerTests.problem;
import static com.kamplanner.web.it.ContainerTests.signedIn;
import static com.kamplanner.web.it.ContainerTests.strings;
import static com.kamplanner.web.it.ContainerTests.user;
import static com.kamplanner.web.it.ContainerTests.withField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.account.Account;
import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditEntry;
import com.kamplanner.competency.AccessLog;
import com.kamplanner.competency.AccountFit;
import com.kamplanner.competency.Assessment;
import com.kamplanner.competency.AssessmentCampaign;
import com.kamplanner.competency.AssessmentService;
import com.kamplanner.competency.CampaignProgress;
import com.kamplanner.competency.CampaignService;
import com.kamplanner.competency.CompetencyFramework;
import com.kamplanner.competency.CompetencyProfile;
import com.kamplanner.competency.DevelopmentAction;
import com.kamplanner.competency.DevelopmentPlanService;
import com.kamplanner.competency.FrameworkService;
import com.kamplanner.competency.Gap;
import com.kamplanner.competency.ProfileLine;
import com.kamplanner.competency.ProfileRead;
import com.kamplanner.competency.ProfileService;
import com.kamplanner.competency.RecruitingProfile;
import com.kamplanner.competency.TargetProfile;
import com.kamplanner.notification.MyNotifications;
import com.kamplanner.notification.NotificationKind;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.LibreOffice;
import com.kamplanner.platform.LifecycleStatus;
import com.kamplanner.platform.StaleEditException;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.web.faces.BusinessErrors;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * KAM competency tracking in a real Payara Micro with the demo company: the campaign workflow and its bad
 * inputs inside the container as each role, every privacy rule in the services, then the same rules over the
 * REST API and the pages over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class CompetencyIT {


    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(CompetencyIT.class, LibreOffice.class);
    }

    @EJB
    CampaignService campaigns;

    @EJB
    MyNotifications notifications;

    @EJB
    AssessmentService assessments;

    @EJB
    ProfileService profiles;

    @EJB
    DevelopmentPlanService plans;

    @EJB
    FrameworkService frameworks;

    @EJB
    AccessLog accessLog;

    @EJB
    RecruitingProfile recruiting;

    @Inject
    AsHr asHr;

    @Inject
    AsKam asKam;

    @Inject
    AsOtherKam asOtherKam;

    @Inject
    AsDirector asDirector;

    @Inject
    AsExecutive asExecutive;

    @Inject
    AsTeamMember asTeamMember;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    // ---- the workflow, inside the container ----

    @Test
    void hrOpensACampaignTheKamAndDirectorAssessAndHrValidatesIntoTheProfile() throws Exception {
        AssessmentCampaign campaign = open("Workflow");
        long emma = user(em, "emma.kam").getId();
        Assessment assessment = assessmentOf(campaign, "emma.kam");
        List<String> codes = codes();
        assertTrue(asHr.call(() -> campaigns.withoutSelfAssessment(campaign.getId())).stream()
                .anyMatch(p -> p.getKamId() == emma), "HR sees Emma has not self-assessed");
        String page = "competency/assessment.xhtml?id=" + assessment.getId();
        assertTrue(toldEmma(NotificationKind.CAMPAIGN_OPENED, page), "the campaign tells each KAM it is open");
        assertFalse(toldEmma(NotificationKind.ASSESSMENT_VALIDATED, page));

        Assessment selfDone = asKam.call(() -> assessments.selfAssess(assessment.getId(), assessment.getVersion(),
                levels(codes, 5), "Led the Airbus plan review", "Key Account Plan Airbus 2026"));
        assertTrue(selfDone.isSelfAssessed());
        assertFalse(asHr.call(() -> campaigns.withoutSelfAssessment(campaign.getId())).stream()
                .anyMatch(p -> p.getKamId() == emma), "no longer among those who have not self-assessed");

        Assessment managerDone = asDirector.call(() -> assessments.managerAssess(assessment.getId(),
                selfDone.getVersion(), levels(codes, 3), "Seen in the quarterly review", null));
        Map<String, Integer> finals = levels(codes, 3);
        finals.put("STRAT_PLANNING", 2);
        Map<String, String> comments = Map.of("STRAT_PLANNING", "The three-year plan is still missing");
        Assessment validated = asHr.call(() -> assessments.validate(assessment.getId(), managerDone.getVersion(),
                finals, comments, false));
        assertTrue(validated.isValidated());
        assertFalse(validated.isValidatedWithoutSelf());
        assertTrue(toldEmma(NotificationKind.ASSESSMENT_VALIDATED, page), "HR's validation tells Emma");
        assertEquals("The three-year plan is still missing",
                validated.rating("STRAT_PLANNING").orElseThrow().getFinalComment());
        assertEquals("Key Account Plan Airbus 2026", validated.getSelfEvidenceRef());

        CompetencyProfile profile = asKam.call(() -> profiles.profile(emma, Locale.ENGLISH));
        assertEquals(campaign.getName(), profile.getCampaignName());
        assertEquals(Integer.valueOf(2), line(profile, "STRAT_PLANNING").getCurrent());
        Gap largest = profile.getGaps().get(0);
        assertTrue(profile.getGaps().stream().allMatch(g -> g.getSize() <= largest.getSize()), "gaps by size");
        assertTrue(profile.getGaps().stream().anyMatch(g -> g.getCompetencyCode().equals("STRAT_PLANNING")));
        assertNotNull(line(profile, "SELL_NEEDS").getTrend(), "a trend against the previous validated campaign");
        assertEquals(codes.size(), profile.getDisagreements().size(), "self 5 against manager 3 everywhere");
        assertEquals("Understanding customer needs", line(profile, "SELL_NEEDS").getName());
        assertEquals("Compréhension des besoins du client",
                line(asKam.call(() -> profiles.profile(emma, Locale.FRENCH)), "SELL_NEEDS").getName());
    }

    @Test
    void aValidatedAssessmentCanNoLongerChangeForAnyone() throws Exception {
        AssessmentCampaign campaign = open("Immutable");
        Assessment assessment = assessmentOf(campaign, "lucas.kam");
        List<String> codes = codes();
        Assessment self = asOtherKam.call(() -> assessments.selfAssess(assessment.getId(), assessment.getVersion(),
                levels(codes, 3), null, null));
        Assessment validated = asHr.call(() -> assessments.validate(assessment.getId(), self.getVersion(),
                levels(codes, 3), Map.of(), false));
        long version = validated.getVersion();

        assertKey(AssessmentService.VALIDATED, () -> asOtherKam.call(() -> assessments.selfAssess(assessment.getId(),
                version, levels(codes, 5), null, null)));
        assertKey(AssessmentService.VALIDATED, () -> asDirector.call(() -> assessments.managerAssess(
                assessment.getId(), version, levels(codes, 1), null, null)));
        assertKey(AssessmentService.VALIDATED, () -> asHr.call(() -> assessments.validate(assessment.getId(),
                version, levels(codes, 4), Map.of(), true)));
        Assessment reread = asHr.call(() -> assessments.find(assessment.getId()));
        assertEquals(Integer.valueOf(3), reread.rating(codes.get(0)).orElseThrow().getFinalLevel());
        assertEquals(version, reread.getVersion());
    }

    @Test
    void aLevelOutsideOneToFiveIsRefusedWithAMessageInTheUsersLanguage() throws Exception {
        AssessmentCampaign campaign = open("Bad level");
        Assessment assessment = assessmentOf(campaign, "emma.kam");
        Map<String, Integer> levels = levels(codes(), 3);
        levels.put("SELL_VALUE", 7);
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> asKam.call(() ->
                assessments.selfAssess(assessment.getId(), assessment.getVersion(), levels, null, null)));
        assertEquals("competency.level.range", refused.messageKey());
        assertEquals("The level of SELL_VALUE must be a whole number from 1 to 5 (not 7).",
                BusinessErrors.text(refused, Locale.ENGLISH));
        assertTrue(BusinessErrors.text(refused, Locale.FRENCH).contains("nombre entier de 1 à 5"));
        levels.put("SELL_VALUE", 0);
        assertThrows(BusinessRuleException.class, () -> asDirector.call(() -> assessments.managerAssess(
                assessment.getId(), assessment.getVersion(), levels, null, null)));
        assertFalse(asHr.call(() -> assessments.find(assessment.getId())).isSelfAssessed(), "nothing was saved");
    }

    @Test
    void validatingWithoutASelfAssessmentNeedsAnExplicitConfirmationThatIsRecorded() throws Exception {
        AssessmentCampaign campaign = open("No self");
        Assessment assessment = assessmentOf(campaign, "lucas.kam");
        Map<String, Integer> finals = levels(codes(), 2);
        BusinessRuleException question = assertThrows(BusinessRuleException.class, () -> asHr.call(() ->
                assessments.validate(assessment.getId(), assessment.getVersion(), finals, Map.of(), false)));
        assertEquals(AssessmentService.CONFIRM_NO_SELF, question.messageKey());
        assertTrue(BusinessErrors.text(question, Locale.ENGLISH).startsWith("Lucas Girard has not self-assessed."));
        assertFalse(asHr.call(() -> assessments.find(assessment.getId())).isValidated());

        Assessment validated = asHr.call(() -> assessments.validate(assessment.getId(), assessment.getVersion(),
                finals, Map.of(), true));
        assertTrue(validated.isValidated() && validated.isValidatedWithoutSelf());
        List<AuditEntry> audit = em.createQuery("select a from AuditEntry a where a.subjectType = 'Assessment' "
                + "and a.subjectId = :id", AuditEntry.class).setParameter("id", String.valueOf(assessment.getId()))
                .getResultList();
        assertTrue(audit.stream().anyMatch(a -> a.getAction()
                .equals(AuditAction.COMPETENCY_VALIDATED_WITHOUT_SELF_ASSESSMENT.code())
                && a.getActor().equals("hana.hr")), "the confirmation is in the audit trail");
    }

    @Test
    void twoValidationsFromTheSameLoadedVersionGiveTheSecondAStaleEditMessage() throws Exception {
        AssessmentCampaign campaign = open("Concurrent");
        Assessment assessment = assessmentOf(campaign, "emma.kam");
        Assessment self = asKam.call(() -> assessments.selfAssess(assessment.getId(), assessment.getVersion(),
                levels(codes(), 4), null, null));
        long loadedByBoth = self.getVersion();
        asHr.call(() -> assessments.validate(assessment.getId(), loadedByBoth, levels(codes(), 4), Map.of(), false));
        StaleEditException stale = assertThrows(StaleEditException.class, () -> asHr.call(() ->
                assessments.validate(assessment.getId(), loadedByBoth, levels(codes(), 2), Map.of(), false)));
        assertTrue(BusinessErrors.text(stale, Locale.ENGLISH).startsWith("Someone else saved this record"));
        assertEquals(Integer.valueOf(4), asHr.call(() -> assessments.find(assessment.getId()))
                .rating("SELL_NEEDS").orElseThrow().getFinalLevel(), "the first validation stands");
    }

    // ---- privacy, in the services ----

    @Test
    void hrAndTheDirectorReadProfilesAndEveryReadByAnotherIsLogged() throws Exception {
        long emma = user(em, "emma.kam").getId();
        long before = asHr.call(() -> accessLog.count());
        assertEquals("Emma Laurent", asHr.call(() -> profiles.profile(emma, Locale.ENGLISH)).getKamName());
        assertEquals("Emma Laurent", asDirector.call(() -> profiles.profile(emma, Locale.ENGLISH)).getKamName());
        assertEquals(before + 2, asHr.call(() -> accessLog.count()));
        List<ProfileRead> latest = asHr.call(() -> accessLog.page(0, 2));
        assertEquals(List.of("david.kad", "hana.hr"), latest.stream().map(ProfileRead::getReader).toList());
        assertTrue(latest.stream().allMatch(r -> r.getOwner().getId() == emma));

        asKam.call(() -> profiles.profile(emma, Locale.ENGLISH));
        assertEquals(before + 2, asHr.call(() -> accessLog.count()), "the KAM reading their own is not logged");
        assertEquals(1, asHr.call(() -> accessLog.page(1, 1)).size(), "paged in the database");
    }

    @Test
    void aKamCannotReadAnotherKamsProfileOrAssessment() throws Exception {
        long emma = user(em, "emma.kam").getId();
        AssessmentCampaign campaign = open("Privacy");
        Assessment emmas = assessmentOf(campaign, "emma.kam");
        long before = asHr.call(() -> accessLog.count());
        assertThrows(AccessDeniedException.class, () -> asOtherKam.call(() -> profiles.profile(emma, Locale.ENGLISH)));
        assertThrows(AccessDeniedException.class, () -> asOtherKam.call(() -> assessments.find(emmas.getId())));
        assertThrows(AccessDeniedException.class, () -> asOtherKam.call(() -> assessments.selfAssess(emmas.getId(),
                emmas.getVersion(), levels(codes(), 5), null, null)));
        assertEquals(before, asHr.call(() -> accessLog.count()), "refused reads are not reads");
        assertThrows(EJBAccessException.class, () -> asKam.call(() -> profiles.allProfiles(Locale.ENGLISH)));
        assertThrows(EJBAccessException.class, () -> asKam.call(() -> profiles.areaAverages(Locale.ENGLISH)));
        assertThrows(EJBAccessException.class, () -> asKam.call(() -> accessLog.count()));
        assertThrows(EJBAccessException.class, () -> asKam.call(() -> plans.add(emma, "SELL_NEEDS",
                DevelopmentAction.Kind.TRAINING, "Self-granted", LocalDate.now())));
        assertThrows(EJBAccessException.class, () -> asKam.call(() -> campaigns.open("By a KAM",
                LocalDate.now(), LocalDate.now())));
    }

    @Test
    void executivesSeeAveragesPerAreaButNoProfile() throws Exception {
        long emma = user(em, "emma.kam").getId();
        Map<String, Double> averages = asExecutive.call(() -> profiles.areaAverages(Locale.ENGLISH));
        assertEquals(List.of("Selling", "Managing (the KA team)", "Leading", "Strategic thinking"),
                List.copyOf(averages.keySet()));
        assertTrue(averages.values().stream().allMatch(v -> v != null && v >= 1 && v <= 5), averages.toString());
        assertThrows(EJBAccessException.class, () -> asExecutive.call(() -> profiles.profile(emma, Locale.ENGLISH)));
        assertThrows(EJBAccessException.class, () -> asExecutive.call(() -> profiles.allProfiles(Locale.ENGLISH)));
        assertThrows(EJBAccessException.class, () -> asExecutive.call(() -> assessments.find(1L)));
    }

    @Test
    void teamMembersSeeNothing() throws Exception {
        long emma = user(em, "emma.kam").getId();
        assertThrows(EJBAccessException.class, () -> asTeamMember.call(() -> profiles.profile(emma, Locale.ENGLISH)));
        assertThrows(EJBAccessException.class, () -> asTeamMember.call(() -> profiles.areaAverages(Locale.ENGLISH)));
        assertThrows(EJBAccessException.class, () -> asTeamMember.call(() -> assessments.find(1L)));
        assertThrows(EJBAccessException.class, () -> asTeamMember.call(() -> frameworks.active()));
        assertThrows(EJBAccessException.class, () -> asTeamMember.call(() -> campaigns.list()));
    }

    // ---- development plan, fit, framework versions, recruiting export ----

    @Test
    void hrAddsADevelopmentActionTheKamSeesOnTheirProfile() throws Exception {
        long emma = user(em, "emma.kam").getId();
        String what = "Negotiation masterclass " + UUID.randomUUID();
        DevelopmentAction action = asHr.call(() -> plans.add(emma, "SELL_VALUE", DevelopmentAction.Kind.TRAINING,
                what, LocalDate.now().plusMonths(2)));
        asDirector.call(() -> plans.setStatus(action.getId(), action.getVersion(), DevelopmentAction.Status.IN_PROGRESS));
        DevelopmentAction seen = asKam.call(() -> profiles.profile(emma, Locale.ENGLISH)).getPlan().stream()
                .filter(a -> a.getDescription().equals(what)).findFirst().orElseThrow();
        assertEquals(DevelopmentAction.Status.IN_PROGRESS, seen.getStatus());
        assertThrows(StaleEditException.class, () -> asHr.call(() -> plans.setStatus(action.getId(),
                action.getVersion(), DevelopmentAction.Status.DONE)));
        assertKey(DevelopmentPlanService.DESCRIPTION_REQUIRED, () -> asHr.call(() -> plans.add(emma, "SELL_VALUE",
                DevelopmentAction.Kind.COACHING, " ", LocalDate.now())));
    }

    @Test
    void theDirectorSeesWhereAKamFallsShortOfAStrategicAccountAsAdviceOnly() throws Exception {
        long hugo = user(em, "hugo.kam").getId();
        long account = newAccount("Competency Fit " + System.nanoTime(), Quadrant.STRATEGIC);
        AccountFit fit = asDirector.call(() -> profiles.fit(hugo, account, Locale.ENGLISH));
        assertEquals(Quadrant.STRATEGIC, fit.getSegment());
        assertFalse(fit.isFits(), "Hugo's demo levels are below the Strategic target");
        assertTrue(fit.getShortfalls().stream().anyMatch(g -> g.getCompetencyCode().equals("STRAT_PLANNING")
                && g.getRequired() >= 4), fit.getShortfalls().toString());
        assertThrows(EJBAccessException.class, () -> asHr.call(() -> profiles.fit(hugo, account, Locale.ENGLISH)));
        assertThrows(EJBAccessException.class, () -> asKam.call(() -> profiles.fit(hugo, account, Locale.ENGLISH)));
    }

    @Test
    void aNewFrameworkVersionKeepsOldAssessmentsReadableWithTheVersionTheyUsed() throws Exception {
        AssessmentCampaign old = open("Before v-next");
        Assessment assessment = assessmentOf(old, "emma.kam");
        int oldNumber = old.getFramework().getNumber();
        String oldDescriptor = asHr.call(() -> frameworks.find(old.getFramework().getId())).competency("SELL_NEEDS")
                .orElseThrow().descriptor(5, Locale.ENGLISH);
        String newDescriptor = "Shapes requirements with the customer, version " + System.nanoTime();
        CompetencyFramework draft = asHr.call(() -> frameworks.newDraftFromActive());
        assertKey(FrameworkService.DRAFT_EXISTS, () -> asHr.call(() -> frameworks.newDraftFromActive()));
        asHr.call(() -> { frameworks.describeLevel(draft.getId(), draft.getVersion(), "SELL_NEEDS", 5,
                newDescriptor, "Définit les besoins avec le client."); return null; });
        long described = asHr.call(() -> frameworks.find(draft.getId())).getVersion();
        assertKey(FrameworkService.DESCRIPTOR_REQUIRED, () -> asHr.call(() -> {
            frameworks.describeLevel(draft.getId(), described, "SELL_NEEDS", 4, "Only English", " ");
            return null; }));
        TargetProfile roleTarget = asHr.call(() -> frameworks.targetProfiles(draft.getId())).stream()
                .filter(t -> t.getSegment() == null).findFirst().orElseThrow();
        assertKey("competency.level.range", () -> asDirector.call(() -> frameworks.requireLevel(roleTarget.getId(),
                roleTarget.getVersion(), "LEAD_DEVELOP", 6)));
        TargetProfile required = asDirector.call(() -> frameworks.requireLevel(roleTarget.getId(),
                roleTarget.getVersion(), "LEAD_DEVELOP", 3));
        assertThrows(StaleEditException.class, () -> asHr.call(() -> frameworks.requireLevel(roleTarget.getId(),
                roleTarget.getVersion(), "LEAD_DEVELOP", 4)));
        assertEquals(Integer.valueOf(3), asHr.call(() -> frameworks.targetProfile(required.getId()))
                .getRequiredLevels().get("LEAD_DEVELOP"));
        assertThrows(EJBAccessException.class, () -> asKam.call(() -> frameworks.requireLevel(roleTarget.getId(),
                required.getVersion(), "LEAD_DEVELOP", 1)));
        CompetencyFramework edited = asHr.call(() -> frameworks.find(draft.getId()));
        assertThrows(StaleEditException.class, () -> asHr.call(() -> frameworks.activate(draft.getId(),
                draft.getVersion())));
        asHr.call(() -> frameworks.activate(draft.getId(), edited.getVersion()));
        assertEquals(edited.getNumber(), asKam.call(() -> frameworks.active()).getNumber());
        assertKey(FrameworkService.NOT_DRAFT, () -> asHr.call(() -> {
            frameworks.describeLevel(draft.getId(), edited.getVersion() + 1, "SELL_NEEDS", 1, "x", "x");
            return null; }));

        Assessment reread = asHr.call(() -> assessments.find(assessment.getId()));
        assertEquals(oldNumber, reread.getCampaign().getFramework().getNumber());
        assertEquals(LifecycleStatus.ARCHIVED, reread.getCampaign().getFramework().getStatus());
        assertTrue(asHr.call(() -> frameworks.find(reread.getCampaign().getFramework().getId())).competency("SELL_NEEDS")
                .orElseThrow().descriptor(5, Locale.ENGLISH).equals(oldDescriptor),
                "the old version keeps its own descriptors");
        assertEquals(newDescriptor, asKam.call(() -> frameworks.active()).competency("SELL_NEEDS").orElseThrow()
                .descriptor(5, Locale.ENGLISH));
        assertEquals(edited.getNumber(), open("After v-next").getFramework().getNumber());
        assertEquals(Integer.valueOf(3), asHr.call(() -> frameworks.targetFor(edited.getId(), List.of()))
                .get("LEAD_DEVELOP"), "the new version's role target applies");
        TargetProfile activeTarget = asHr.call(() -> frameworks.targetProfile(required.getId()));
        assertKey(FrameworkService.NOT_DRAFT, () -> asHr.call(() -> frameworks.requireLevel(activeTarget.getId(),
                activeTarget.getVersion(), "LEAD_DEVELOP", 2)));
    }

    @Test
    void aTargetProfileExportsAsAJobProfileThatOpensAgainAndConverts() throws Exception {
        CompetencyFramework active = asHr.call(() -> frameworks.active());
        TargetProfile strategic = asHr.call(() -> frameworks.targetProfiles(active.getId())).stream()
                .filter(t -> t.getSegment() == Quadrant.STRATEGIC).findFirst().orElseThrow();
        byte[] docx = asHr.call(() -> recruiting.docx(strategic.getId(), Locale.FRENCH, Map.of("title",
                "Fiche de poste", "intro", "Intro", "competency", "Compétence", "level", "Niveau", "expected", "Attendu")).bytes());
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            text = extractor.getText();
        }
        assertTrue(text.contains("Fiche de poste") && text.contains("Réflexion stratégique"), text);
        assertTrue(text.contains("Stratégie pluriannuelle du compte") && text.contains("4 / 5"), text);
        assertThrows(EJBAccessException.class, () -> asKam.call(() -> recruiting.docx(strategic.getId(),
                Locale.ENGLISH, Map.of())));
        convertWhenLibreOfficeIsThere(docx);
    }

    @Test
    void theSelfAssessmentApiRefusesABadLevelAnotherKamAndAnyEditAfterValidation() throws Exception {
        AssessmentCampaign campaign = open("API");
        Assessment assessment = assessmentOf(campaign, "emma.kam");
        List<String> codes = codes();
        String path = "api/competency/assessments/" + assessment.getId() + "/self";
        Browserless client = new Browserless(base);

        HttpResponse<String> badLevel = client.postJsonWithBasic(path, selfJson(assessment.getVersion(), codes, 9),
                "emma.kam", DEMO_PASSWORD, "fr");
        assertTrue(problem(badLevel, 422).getString("message").contains("nombre entier de 1 à 5 (et non 9)"),
                badLevel.body());
        HttpResponse<String> colleague = client.postJsonWithBasic(path, selfJson(assessment.getVersion(), codes, 3),
                "lucas.kam", DEMO_PASSWORD);
        assertEquals(403, colleague.statusCode(), colleague.body());

        HttpResponse<String> saved = client.postJsonWithBasic(path, selfJson(assessment.getVersion(), codes, 3),
                "emma.kam", DEMO_PASSWORD);
        assertEquals(200, saved.statusCode(), saved.body());
        Assessment self = asHr.call(() -> assessments.find(assessment.getId()));
        assertEquals(Integer.valueOf(3), self.rating("LEAD_DEVELOP").orElseThrow().getSelfLevel());
        asHr.call(() -> assessments.validate(assessment.getId(), self.getVersion(), levels(codes, 3), Map.of(), false));
        long validatedVersion = asHr.call(() -> assessments.find(assessment.getId())).getVersion();

        HttpResponse<String> afterValidation = client.postJsonWithBasic(path, selfJson(validatedVersion, codes, 5),
                "emma.kam", DEMO_PASSWORD);
        assertTrue(problem(afterValidation, 422).getString("message").contains("validated and can no longer change"),
                afterValidation.body());
        assertEquals(409, client.postJsonWithBasic(path, selfJson(self.getVersion(), codes, 5), "emma.kam", DEMO_PASSWORD)
                .statusCode(), "an edit from a stale copy is a conflict");
    }

    // ---- over HTTP ----

    @Test
    @RunAsClient
    void hrDownloadsAJobProfileOverTheApiAndKamsGet403() throws Exception {
        Browserless client = new Browserless(base);
        JsonObject strategic = withField(okArray(api(base, "hana.hr", "api/competency/target-profiles")), "segment",
                "STRATEGIC");
        assertTrue(strategic.get("requiredLevels") instanceof JsonObject, strategic.toString());
        String path = "api/competency/target-profiles/" + strategic.getJsonNumber("id").longValue()
                + "/job-profile.docx";
        HttpResponse<byte[]> docx = client.getBytesWithBasic(path, "hana.hr", DEMO_PASSWORD, "en");
        assertEquals(200, docx.statusCode());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertTrue(text.contains("Job profile: Key Account Manager, Strategic"), text);
            assertTrue(text.contains("Multi-year account strategy") && text.contains("4 / 5"), text);
        }
        assertForbidden(api(base, "emma.kam", path));
        assertForbidden(api(base, "claire.exec", path));
    }

    @Test
    @RunAsClient
    void theDirectorSeesTheKamsFitWhereTheyAssignKamsToAnAccount() throws Exception {
        long airbus = accountId(base, "Airbus Helicopters");
        Browserless director = signedIn(base, "david.kad");
        HttpResponse<String> page = director.get("accounts/account.xhtml?id=" + airbus);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Fit of the KAM to this account"), "the fit panel is on the page");
        assertTrue(page.body().contains("Advice only") || page.body().contains("meets the target"), page.body());
    }

    @Test
    @RunAsClient
    void theProfileApiAnswersTheKamHrAndTheDirectorAnd403ToEveryoneElse() throws Exception {
        long emma = userIdOverApi("emma.kam");
        String path = "api/competency/profiles/" + emma;
        HttpResponse<String> own = api(base, "emma.kam", path);
        JsonObject profile = ok(own);
        assertEquals("Emma Laurent", profile.getString("kamName"), own.body());
        assertTrue(profile.get("gaps") instanceof JsonArray, own.body());
        assertEquals(200, api(base, "hana.hr", path).statusCode());
        assertEquals(200, api(base, "david.kad", path).statusCode());
        for (String refused : List.of("lucas.kam", "claire.exec", "tom.team", "paul.partner", "admin")) {
            HttpResponse<String> answer = api(base, refused, path);
            assertEquals(403, answer.statusCode(), refused + ": " + answer.body());
            assertFalse(answer.body().contains("Emma"), refused + " learns nothing");
        }
    }

    @Test
    @RunAsClient
    void executivesGetAveragesWithoutNamesOverTheApi() throws Exception {
        HttpResponse<String> averages = api(base, "claire.exec", "api/competency/aggregates");
        assertTrue(strings(ok(averages).getJsonArray("areas"), "area").contains("Strategic thinking"), averages.body());
        for (String name : List.of("Emma", "Lucas", "Sofia", "Hugo", "kam")) {
            assertFalse(averages.body().contains(name), averages.body());
        }
        assertForbidden(api(base, "tom.team", "api/competency/aggregates"));
        assertForbidden(api(base, "emma.kam", "api/competency/aggregates"));
    }

    @Test
    @RunAsClient
    void thePagesAreForbiddenToTheRolesThatMayNotSeeThem() throws Exception {
        long emma = userIdOverApi("emma.kam");
        long lucas = userIdOverApi("lucas.kam");
        Browserless lucasBrowser = signedIn(base, "lucas.kam");
        assertEquals(403, lucasBrowser.get("competency/profile.xhtml?user=" + emma).statusCode());
        assertEquals(200, lucasBrowser.get("competency/profile.xhtml").statusCode(), "their own profile");
        assertEquals(200, lucasBrowser.get("competency/profile.xhtml?user=" + lucas).statusCode());
        assertEquals(403, lucasBrowser.get("competency/overview.xhtml").statusCode());
        assertEquals(403, lucasBrowser.get("competency/access-log.xhtml").statusCode());
        assertEquals(403, lucasBrowser.get("competency/aggregates.xhtml").statusCode());

        Browserless team = signedIn(base, "tom.team");
        for (String page : List.of("profile.xhtml?user=" + emma, "assessment.xhtml?id=1", "overview.xhtml",
                "campaigns.xhtml", "aggregates.xhtml", "framework.xhtml")) {
            assertEquals(403, team.get("competency/" + page).statusCode(), page);
        }
        Browserless exec = signedIn(base, "claire.exec");
        assertEquals(403, exec.get("competency/profile.xhtml?user=" + emma).statusCode());
        assertEquals(403, exec.get("competency/overview.xhtml").statusCode());
        HttpResponse<String> aggregates = exec.get("competency/aggregates.xhtml");
        assertEquals(200, aggregates.statusCode());
        assertTrue(aggregates.body().contains("Strategic thinking") && !aggregates.body().contains("Emma Laurent"));

        Browserless hr = signedIn(base, "hana.hr");
        HttpResponse<String> overview = hr.get("competency/overview.xhtml");
        assertEquals(200, overview.statusCode());
        assertTrue(overview.body().contains("Emma Laurent") && overview.body().contains("kam-heat-"), "the heat map");
        assertEquals(200, hr.get("competency/access-log.xhtml").statusCode());
        HttpResponse<String> framework = hr.get("competency/framework.xhtml");
        assertEquals(200, framework.statusCode());
        assertTrue(framework.body().contains("Strategic thinking") && (framework.body().contains("Is asked by the customer")
                || framework.body().contains("Shapes requirements")), "the framework with its level descriptors");
        assertEquals(403, lucasBrowser.get("competency/framework.xhtml").statusCode());
        assertEquals(403, lucasBrowser.get("competency/campaigns.xhtml").statusCode());
        HttpResponse<String> profile = hr.get("competency/profile.xhtml?user=" + emma);
        assertEquals(200, profile.statusCode());
        assertTrue(profile.body().contains("\"type\":\"radar\""), "the radar chart");
    }

    // ---- helpers ----

    private AssessmentCampaign open(String name) throws Exception {
        return asHr.call(() -> campaigns.open(name + " " + System.nanoTime(), LocalDate.now().withDayOfYear(1),
                LocalDate.now()));
    }

    private Assessment assessmentOf(AssessmentCampaign campaign, String username) throws Exception {
        CampaignProgress progress = asHr.call(() -> campaigns.progress(campaign.getId())).stream()
                .filter(p -> p.getKamId() == user(em, username).getId()).findFirst().orElseThrow();
        return asHr.call(() -> assessments.find(progress.getAssessmentId()));
    }

    private List<String> codes() throws Exception {
        return asHr.call(() -> frameworks.active()).codes().toList();
    }

    private static Map<String, Integer> levels(List<String> codes, int level) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        codes.forEach(c -> levels.put(c, level));
        return levels;
    }

    private static ProfileLine line(CompetencyProfile profile, String code) {
        return profile.getLines().stream().filter(l -> l.getCode().equals(code)).findFirst().orElseThrow();
    }

    private long newAccount(String name, Quadrant segment) throws Exception {
        tx.begin();
        Account account = new Account(name, "Testing", "FR");
        account.setKeyAccount(true);
        account.setSegment(segment, true, "competency fit test");
        em.persist(account);
        tx.commit();
        return account.getId();
    }

    private static void assertKey(String key, org.junit.jupiter.api.function.Executable work) {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, work);
        assertEquals(key, refused.messageKey());
    }

    /** A KAM's user id, from their own profile over the API. */
    private long userIdOverApi(String username) throws Exception {
        return ok(api(base, username, "api/competency/profiles/me")).getJsonNumber("kamId").longValue();
    }

    private static String selfJson(long version, List<String> codes, int level) {
        JsonObjectBuilder levels = Json.createObjectBuilder();
        codes.forEach(code -> levels.add(code, level));
        return Json.createObjectBuilder().add("version", version).add("evidence", "API").add("levels", levels).build()
                .toString();
    }

    /** Converts with LibreOffice when it is installed (always in CI, which requires it). */
    private static void convertWhenLibreOfficeIsThere(byte[] docx) throws Exception {
        if (!LibreOffice.available()) {
            return;
        }
        Path file = Files.createTempDirectory("job-profile").resolve("job-profile.docx");
        Files.write(file, docx);
        assertTrue(LibreOffice.pdfText(LibreOffice.convertToPdf(file)).contains("4 / 5"), "the PDF shows the levels");
    }

    /** Whether Emma has a notification of this kind linking to this page. */
    private boolean toldEmma(NotificationKind kind, String url) throws Exception {
        return asKam.call(() -> notifications.page(false, 0, 100)).items().stream()
                .anyMatch(n -> n.getKind() == kind && n.getUrl().equals(url));
    }
}
