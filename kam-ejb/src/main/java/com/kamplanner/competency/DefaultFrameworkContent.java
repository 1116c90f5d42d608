package com.kamplanner.competency;

import com.kamplanner.selection.Quadrant;
import java.util.List;
import java.util.Map;

/**
 * The text of the shipped competency framework (version 1), in English and French: the four areas the source
 * text names for a KAM (Selling, Managing the KA team, Leading, Strategic thinking), three competencies each,
 * two observable behaviours and a descriptor per level 1–5; and the target levels per role and segment.
 */
final class DefaultFrameworkContent {

    private DefaultFrameworkContent() {
    }

    record Text(String en, String fr) {
    }

    record CompetencyText(String code, Text name, List<Text> indicators, List<Text> levels) {
    }

    record AreaText(String code, Text name, List<CompetencyText> competencies) {
    }

    static Text t(String en, String fr) {
        return new Text(en, fr);
    }

    static final List<AreaText> AREAS = List.of(
            new AreaText("SELLING", t("Selling", "Vente"), List.of(
                    new CompetencyText("SELL_NEEDS", t("Understanding customer needs", "Compréhension des besoins du client"),
                            List.of(t("Asks open questions and listens before proposing.", "Pose des questions ouvertes et écoute avant de proposer."),
                                    t("Maps the buying centre and what each member values.", "Cartographie le centre d’achat et ce que chacun valorise.")),
                            List.of(t("Takes orders as they come; knows the buyer’s needs only from tenders.", "Prend les commandes comme elles viennent ; ne connaît les besoins de l’acheteur que par les appels d’offres."),
                                    t("Knows the stated needs of the main contact; rarely probes further.", "Connaît les besoins exprimés du contact principal ; creuse rarement au-delà."),
                                    t("Uncovers the needs of several departments and links them to our offer.", "Identifie les besoins de plusieurs services et les relie à notre offre."),
                                    t("Anticipates unstated needs from the customer’s own market and challenges.", "Anticipe les besoins non exprimés à partir du marché et des enjeux du client."),
                                    t("Is asked by the customer to help shape its requirements before any tender.", "Est sollicité par le client pour définir ses besoins avant tout appel d’offres."))),
                    new CompetencyText("SELL_VALUE", t("Value proposition and negotiation", "Proposition de valeur et négociation"),
                            List.of(t("Quantifies the value of our offer in the customer’s terms.", "Chiffre la valeur de notre offre dans les termes du client."),
                                    t("Negotiates on total value, not on price alone.", "Négocie sur la valeur globale, pas sur le seul prix.")),
                            List.of(t("Defends price with discounts; cannot explain our value.", "Défend le prix par des remises ; ne sait pas expliquer notre valeur."),
                                    t("Presents product benefits; gives way quickly under price pressure.", "Présente les avantages produit ; cède vite sous la pression sur les prix."),
                                    t("Builds a value case for most deals and trades concessions.", "Construit un argumentaire de valeur pour la plupart des affaires et échange les concessions."),
                                    t("Builds quantified business cases with the customer and wins at target margin.", "Construit avec le client des dossiers chiffrés et gagne à la marge visée."),
                                    t("Designs value-based contracts (gain sharing, outcomes) that competitors cannot match.", "Conçoit des contrats fondés sur la valeur (partage de gains, résultats) que les concurrents ne peuvent égaler."))),
                    new CompetencyText("SELL_RELATIONSHIP", t("Building relationships across the customer", "Développement des relations chez le client"),
                            List.of(t("Has regular contact with decision makers beyond purchasing.", "Entretient des contacts réguliers avec les décideurs au-delà des achats."),
                                    t("Builds multi-level links between our people and theirs.", "Tisse des liens à plusieurs niveaux entre nos équipes et les leurs.")),
                            List.of(t("Knows one contact, in purchasing.", "Connaît un seul contact, aux achats."),
                                    t("Knows a few buyers and users; no access to decision makers.", "Connaît quelques acheteurs et utilisateurs ; pas d’accès aux décideurs."),
                                    t("Meets influencers and some decision makers regularly.", "Rencontre régulièrement des prescripteurs et quelques décideurs."),
                                    t("Is trusted by decision makers; organises meetings between our executives and theirs.", "A la confiance des décideurs ; organise des rencontres entre nos dirigeants et les leurs."),
                                    t("Is treated as a partner at C-level and invited into the customer’s strategy work.", "Est traité en partenaire par la direction générale et associé à la réflexion stratégique du client."))))),
            new AreaText("MANAGING", t("Managing (the KA team)", "Management (de l’équipe CC)"), List.of(
                    new CompetencyText("MANAGE_TEAM", t("Coordinating the KA team", "Coordination de l’équipe CC"),
                            List.of(t("Gives each team member clear roles for the account.", "Donne à chaque membre de l’équipe un rôle clair sur le compte."),
                                    t("Runs regular team reviews of the Key Account Plan.", "Anime des revues régulières du Plan Compte Clé avec l’équipe.")),
                            List.of(t("Works alone; other departments hear about the account by chance.", "Travaille seul ; les autres services découvrent le compte par hasard."),
                                    t("Calls on colleagues when problems arise, without a shared plan.", "Fait appel aux collègues quand un problème survient, sans plan partagé."),
                                    t("Has a named team and meets it a few times a year.", "A une équipe nommée et la réunit quelques fois par an."),
                                    t("Leads the team with shared objectives and follows each member’s actions.", "Conduit l’équipe avec des objectifs partagés et suit les actions de chacun."),
                                    t("Runs a cross-functional team that acts as one, including partners and the customer’s people.", "Anime une équipe transverse qui agit comme une seule, partenaires et gens du client compris."))),
                    new CompetencyText("MANAGE_PROJECTS", t("Running projects with the customer", "Conduite de projets avec le client"),
                            List.of(t("Plans projects with milestones, owners and budgets.", "Planifie les projets avec jalons, responsables et budgets."),
                                    t("Reports progress and risks to both organisations.", "Rend compte de l’avancement et des risques aux deux organisations.")),
                            List.of(t("Lets projects run without a plan; deadlines slip unnoticed.", "Laisse les projets sans plan ; les retards passent inaperçus."),
                                    t("Tracks a few actions in personal notes.", "Suit quelques actions dans ses notes personnelles."),
                                    t("Plans the main projects and follows their milestones.", "Planifie les principaux projets et suit leurs jalons."),
                                    t("Runs several joint projects at once, managing risks and dependencies.", "Mène plusieurs projets conjoints à la fois en gérant risques et dépendances."),
                                    t("Runs a programme of joint projects with shared governance at executive level.", "Pilote un programme de projets conjoints avec une gouvernance partagée au niveau de la direction."))),
                    new CompetencyText("MANAGE_RESOURCES", t("Securing internal resources", "Mobilisation des ressources internes"),
                            List.of(t("Argues for resources with facts on the account’s potential.", "Défend ses demandes de ressources par des faits sur le potentiel du compte."),
                                    t("Gets other departments to commit time and budget.", "Obtient des autres services qu’ils engagent du temps et du budget.")),
                            List.of(t("Does not know whom to ask internally.", "Ne sait pas à qui s’adresser en interne."),
                                    t("Asks for help case by case and is often refused.", "Demande de l’aide au cas par cas et essuie souvent des refus."),
                                    t("Obtains the usual resources through the normal channels.", "Obtient les ressources habituelles par les circuits normaux."),
                                    t("Obtains extra resources by showing the return for the company.", "Obtient des ressources supplémentaires en montrant le retour pour l’entreprise."),
                                    t("Secures multi-year commitments from several divisions for the account.", "Obtient de plusieurs divisions des engagements pluriannuels pour le compte."))))),
            new AreaText("LEADING", t("Leading", "Leadership"), List.of(
                    new CompetencyText("LEAD_DECISIONS", t("Taking decisions for the relationship", "Prise de décision pour la relation"),
                            List.of(t("Decides within their remit without escalating everything.", "Décide dans son périmètre sans tout faire remonter."),
                                    t("Explains the reasons for a decision to the team and the customer.", "Explique les raisons d’une décision à l’équipe et au client.")),
                            List.of(t("Escalates every decision to the manager.", "Fait remonter toutes les décisions à son responsable."),
                                    t("Decides on routine matters; hesitates when stakes rise.", "Décide des sujets courants ; hésite dès que l’enjeu monte."),
                                    t("Takes the decisions of the account plan and stands by them.", "Prend les décisions du plan de compte et les assume."),
                                    t("Takes difficult decisions (saying no to the customer, stopping a project) in time.", "Prend à temps les décisions difficiles (dire non au client, arrêter un projet)."),
                                    t("Is the recognised decision maker for the relationship on both sides.", "Est reconnu des deux côtés comme le décideur de la relation."))),
                    new CompetencyText("LEAD_INFLUENCE", t("Influencing without authority", "Influence sans autorité hiérarchique"),
                            List.of(t("Wins support from people who do not report to them.", "Obtient l’adhésion de personnes qui ne dépendent pas de lui."),
                                    t("Builds alliances with our executives for the account.", "Noue des alliances avec nos dirigeants au profit du compte.")),
                            List.of(t("Relies on the manager to get anything from others.", "Compte sur son responsable pour obtenir quoi que ce soit des autres."),
                                    t("Convinces close colleagues on simple matters.", "Convainc ses collègues proches sur des sujets simples."),
                                    t("Gets other departments to act on the account’s priorities.", "Amène les autres services à agir selon les priorités du compte."),
                                    t("Rallies senior managers and the executive sponsor to the account’s cause.", "Rallie les cadres dirigeants et le sponsor exécutif à la cause du compte."),
                                    t("Shapes company decisions (offer, investment) in favour of the relationship.", "Oriente les décisions de l’entreprise (offre, investissements) en faveur de la relation."))),
                    new CompetencyText("LEAD_DEVELOP", t("Developing people", "Développement des personnes"),
                            List.of(t("Gives team members regular, specific feedback.", "Donne aux membres de l’équipe des retours réguliers et précis."),
                                    t("Delegates tasks that help others grow.", "Délègue des tâches qui font grandir les autres.")),
                            List.of(t("Gives no feedback; keeps all customer contact to themself.", "Ne fait aucun retour ; garde pour lui tout contact avec le client."),
                                    t("Gives feedback when asked.", "Fait des retours quand on le lui demande."),
                                    t("Coaches team members on the account and shares contacts.", "Accompagne les membres de l’équipe sur le compte et partage ses contacts."),
                                    t("Plans the development of team members and prepares a successor.", "Planifie le développement des membres de l’équipe et prépare un successeur."),
                                    t("Is sought after as a mentor; people they developed now lead key accounts.", "Est recherché comme mentor ; des personnes qu’il a formées pilotent aujourd’hui des comptes clés."))))),
            new AreaText("STRATEGY", t("Strategic thinking", "Réflexion stratégique"), List.of(
                    new CompetencyText("STRAT_ANALYSIS", t("Analysing the customer’s business", "Analyse de l’activité du client"),
                            List.of(t("Knows the customer’s markets, competitors and results.", "Connaît les marchés, les concurrents et les résultats du client."),
                                    t("Keeps the Key Account Database up to date with facts.", "Tient la Base de Données Comptes Clés à jour avec des faits.")),
                            List.of(t("Knows what the customer buys from us, nothing more.", "Sait ce que le client nous achète, rien de plus."),
                                    t("Knows the customer’s main products and headline figures.", "Connaît les principaux produits du client et ses chiffres clés."),
                                    t("Analyses the customer’s market position and its main challenges.", "Analyse la position du client sur ses marchés et ses principaux enjeux."),
                                    t("Analyses the customer’s value chain and strategy as well as its own managers do.", "Analyse la chaîne de valeur et la stratégie du client aussi bien que ses propres cadres."),
                                    t("Brings the customer insights on its markets that it did not have.", "Apporte au client sur ses marchés des éclairages qu’il n’avait pas."))),
                    new CompetencyText("STRAT_PLANNING", t("Multi-year account strategy", "Stratégie pluriannuelle du compte"),
                            List.of(t("Writes a Key Account Plan with a strategic orientation and objectives.", "Rédige un Plan Compte Clé avec une orientation stratégique et des objectifs."),
                                    t("Keeps the plan rolling and revises it when the situation changes.", "Fait vivre un plan glissant et le révise quand la situation change.")),
                            List.of(t("Plans the next order only.", "Ne planifie que la prochaine commande."),
                                    t("Sets yearly sales targets without a strategy behind them.", "Fixe des objectifs de vente annuels sans stratégie derrière."),
                                    t("Writes a yearly plan with objectives and an action programme.", "Rédige un plan annuel avec objectifs et programme d’actions."),
                                    t("Builds a three-year strategy that links situation potentials to objectives and actions.", "Construit une stratégie à trois ans qui relie potentiels de situation, objectifs et actions."),
                                    t("Thinks like a division vice-president: the account strategy shapes our business strategy.", "Pense comme un vice-président de division : la stratégie du compte façonne notre stratégie d’entreprise."))),
                    new CompetencyText("STRAT_FINANCE", t("Business and financial acumen", "Sens des affaires et de la finance"),
                            List.of(t("Knows the account’s profitability and cost to serve.", "Connaît la rentabilité du compte et son coût de service."),
                                    t("Weighs investments in the account against their return.", "Met en balance les investissements sur le compte et leur rendement.")),
                            List.of(t("Looks at revenue only.", "Ne regarde que le chiffre d’affaires."),
                                    t("Knows the gross margin of the main deals.", "Connaît la marge brute des principales affaires."),
                                    t("Follows the account’s profitability and cost to serve.", "Suit la rentabilité du compte et son coût de service."),
                                    t("Builds investment cases with payback and risk for the account.", "Construit des dossiers d’investissement avec retour et risques pour le compte."),
                                    t("Manages the account as a business unit, with its own profit and loss.", "Gère le compte comme une unité d’affaires, avec son propre compte de résultat."))))));

    /** Required levels for every KAM, whatever the accounts they hold. */
    static final Map<String, Integer> KAM_ROLE = Map.ofEntries(
            Map.entry("SELL_NEEDS", 3), Map.entry("SELL_VALUE", 3), Map.entry("SELL_RELATIONSHIP", 3),
            Map.entry("MANAGE_TEAM", 3), Map.entry("MANAGE_PROJECTS", 3), Map.entry("MANAGE_RESOURCES", 3),
            Map.entry("LEAD_DECISIONS", 3), Map.entry("LEAD_INFLUENCE", 3), Map.entry("LEAD_DEVELOP", 2),
            Map.entry("STRAT_ANALYSIS", 3), Map.entry("STRAT_PLANNING", 3), Map.entry("STRAT_FINANCE", 3));

    /** Extra requirements for the KAMs of each segment: the posture of the segment decides what matters. */
    static final Map<Quadrant, Map<String, Integer>> SEGMENTS = Map.of(
            Quadrant.STRATEGIC, Map.of("SELL_RELATIONSHIP", 4, "MANAGE_TEAM", 4, "LEAD_INFLUENCE", 4,
                    "LEAD_DECISIONS", 4, "STRAT_ANALYSIS", 4, "STRAT_PLANNING", 4, "STRAT_FINANCE", 4),
            Quadrant.STAR, Map.of("SELL_NEEDS", 4, "SELL_VALUE", 4, "STRAT_ANALYSIS", 4, "STRAT_PLANNING", 4),
            Quadrant.STATUS, Map.of("SELL_RELATIONSHIP", 4, "MANAGE_PROJECTS", 4, "MANAGE_RESOURCES", 3),
            Quadrant.STREAMLINE, Map.of("SELL_VALUE", 4, "STRAT_FINANCE", 4));
}
