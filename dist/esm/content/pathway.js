// src/content/pathway.ts
var pathwayStrings = {
	en: {
		title: "Pathway diagram",
		established: "Established",
		supported: "Supported",
		debated: "Debated",
		ungraded: "Not graded",
		confidence: "Confidence: {level}",
		activates: "Activates",
		inhibits: "Inhibits",
		"leads-to": "Leads to",
		legend: "Key",
		legendEstablished: "seen in people, or a basic fact of how the drug works",
		legendSupported: "consistent evidence, mostly from animals",
		legendDebated: "conflicting or unconfirmed results",
		legendUngraded: "no level of evidence given",
		legendArrow: "activates or leads to",
		legendBar: "inhibits",
		nodeName: "{label}. {level}. {index} of {count}.",
		keys: "Arrow keys move between the steps, along the arrows. Enter or Space opens a step’s details.",
		alt: "Alternative idea",
		references: "Sources",
		close: "Close",
		showText: "Show as text",
		textHeading: "The pathway as text",
		relation: "{effect} “{to}”",
		prev: "Previous step",
		next: "Next step",
		play: "Play",
		pause: "Pause",
		step: "Step {index} of {count}: {label}. {description}",
		downloadSvg: "Download SVG",
		downloadPng: "Download PNG",
		loading: "Loading the pathway…",
		dataError: "This diagram could not be shown.",
		altNote: "Scientists have proposed other ways ketamine may work, too.",
		showAlternatives: "Show other ideas",
		more: "More",
		stage: "Stage {index}: {label}",
		alternatives: "Other proposed mechanisms",
		altIntro: "Ideas with less evidence, studied alongside the main pathway.",
		startsFrom: "Starts from {label}",
		joins: "Joins {label}",
		sources: "Sources: {list}"
	},
	es: {
		title: "Diagrama del mecanismo",
		established: "Establecido",
		supported: "Respaldado",
		debated: "En debate",
		ungraded: "Sin evaluar",
		confidence: "Nivel de evidencia: {level}",
		activates: "Activa",
		inhibits: "Inhibe",
		"leads-to": "Lleva a",
		legend: "Leyenda",
		legendEstablished: "visto en personas, o un dato básico de cómo actúa el fármaco",
		legendSupported: "varios estudios coinciden, sobre todo en animales",
		legendDebated: "resultados contradictorios o sin confirmar",
		legendUngraded: "no se indica el nivel de evidencia",
		legendArrow: "activa o lleva a",
		legendBar: "inhibe",
		nodeName: "{label}. {level}. {index} de {count}.",
		keys: "Las teclas de flecha llevan de un paso a otro, siguiendo las flechas. Enter o la barra espaciadora abren los detalles de un paso.",
		alt: "Idea alternativa",
		references: "Fuentes",
		close: "Cerrar",
		showText: "Mostrar como texto",
		textHeading: "La vía en forma de texto",
		relation: "{effect} “{to}”",
		prev: "Paso anterior",
		next: "Paso siguiente",
		play: "Reproducir",
		pause: "Pausar",
		step: "Paso {index} de {count}: {label}. {description}",
		downloadSvg: "Descargar SVG",
		downloadPng: "Descargar PNG",
		loading: "Cargando la vía…",
		dataError: "No se pudo mostrar este diagrama.",
		altNote: "Los científicos también han propuesto otras formas en que podría actuar la ketamina.",
		showAlternatives: "Mostrar otras ideas",
		more: "Más",
		stage: "Etapa {index}: {label}",
		alternatives: "Otros mecanismos propuestos",
		altIntro: "Ideas con menos pruebas, estudiadas junto a la vía principal.",
		startsFrom: "Parte de {label}",
		joins: "Se une a {label}",
		sources: "Fuentes: {list}"
	}
};
var defaultPathway = {
	title: {
		en: "How ketamine may ease depression",
		es: "Cómo podría la ketamina aliviar la depresión"
	},
	caption: {
		en: "No one fully knows how ketamine eases depression. Most steps below come from studies in animals.",
		es: "No se sabe por completo cómo la ketamina alivia la depresión. La mayoría de estos pasos provienen de estudios en animales."
	},
	stages: [
		{
			id: "drug",
			label: {
				en: "Drug",
				es: "Fármaco"
			}
		},
		{
			id: "receptor",
			label: {
				en: "Receptors",
				es: "Receptores"
			}
		},
		{
			id: "signal",
			label: {
				en: "Signals",
				es: "Señales"
			}
		},
		{
			id: "growth",
			label: {
				en: "Growth",
				es: "Crecimiento"
			}
		},
		{
			id: "outcome",
			label: {
				en: "Outcome",
				es: "Resultado"
			}
		}
	],
	nodes: [
		{
			id: "ketamine_dose",
			stage: "drug",
			kind: "drug",
			confidence: "established",
			label: {
				en: "Low-dose ketamine",
				es: "Ketamina en dosis baja"
			},
			description: {
				en: "A small dose, much lower than the dose used for surgery. Ketamine given through a vein (IV) for depression is off-label: the FDA has not approved this use. Esketamine nasal spray (Spravato) is FDA-approved for certain adults. You spray it yourself in a certified clinic, while staff watch you.",
				es: "Una dosis pequeña, mucho menor que la usada en cirugía. En la clínica se la administran por la vena (infusión intravenosa); para la depresión, es un uso no aprobado (off-label). La esketamina en aerosol nasal (Spravato) está aprobada por la FDA para ciertos adultos: usted mismo se la aplica en un centro certificado, bajo la vigilancia del personal."
			},
			refs: [
				"SPRAVATO-PI",
				"SPRAVATO-REMS",
				"Sanacora2017"
			]
		},
		{
			id: "nmda_block",
			stage: "receptor",
			kind: "receptor",
			confidence: "established",
			label: {
				en: "NMDA receptors blocked",
				es: "Bloqueo de receptores NMDA"
			},
			description: {
				en: "Ketamine plugs NMDA receptors, one kind of glutamate receptor. Less signal gets through.",
				es: "La ketamina tapa los receptores NMDA, un tipo de receptor de glutamato, y pasan menos señales."
			},
			refs: ["Anis1983", "LodgeMercier2015"]
		},
		{
			id: "interneuron_quiet",
			stage: "receptor",
			kind: "cell",
			confidence: "supported",
			label: {
				en: "Brake cells slow",
				es: "Interneuronas menos activas"
			},
			description: {
				en: "In rats and mice, the block seems to hit the brain’s “brake” cells (GABA interneurons) hardest, so they fire less. The rat study used MK-801, a drug that blocks the same receptors; the mouse study used ketamine.",
				es: "En ratas y ratones, el bloqueo parece afectar más a las células “freno” (interneuronas GABA), que se activan menos. El estudio en ratas usó MK-801, un fármaco que bloquea los mismos receptores; el estudio en ratones usó ketamina."
			},
			refs: ["Homayoun2007", "Gerhard2020"]
		},
		{
			id: "disinhibition",
			stage: "receptor",
			kind: "cell",
			confidence: "supported",
			label: {
				en: "Brakes released",
				es: "Se liberan los frenos"
			},
			description: {
				en: "In rats, with the brakes eased, the main cells in the front of the brain (pyramidal neurons) got more active. This study used MK-801, a drug that blocks the same receptors as ketamine.",
				es: "En ratas, al aflojarse esos frenos, las neuronas principales de la parte frontal del cerebro (piramidales) se activaron más. Este estudio usó MK-801, un fármaco que bloquea los mismos receptores que la ketamina."
			},
			refs: ["Homayoun2007"]
		},
		{
			id: "glutamate_burst",
			stage: "signal",
			kind: "molecule",
			confidence: "supported",
			label: {
				en: "Glutamate surge",
				es: "Aumento de glutamato"
			},
			description: {
				en: "In rats and mice, these cells then release a short burst of glutamate, the brain’s main “go” signal.",
				es: "En ratas y ratones, estas neuronas liberan entonces una breve oleada de glutamato, el principal mensajero que les dice a las neuronas “adelante”."
			},
			refs: ["Moghaddam1997", "Gerhard2020"]
		},
		{
			id: "ampa_activation",
			stage: "signal",
			kind: "receptor",
			confidence: "supported",
			label: {
				en: "AMPA receptors activated",
				es: "Activación de receptores AMPA"
			},
			description: {
				en: "The extra glutamate turns on AMPA receptors, which ketamine does not block. In animals, when these are blocked, ketamine stops working.",
				es: "El glutamato extra activa los receptores AMPA, que la ketamina no bloquea. En animales, si se bloquean estos receptores, la ketamina deja de hacer efecto."
			},
			refs: [
				"Maeng2008",
				"Zanos2016",
				"Cornwell2012"
			]
		},
		{
			id: "bdnf_release",
			stage: "signal",
			kind: "molecule",
			confidence: "supported",
			label: {
				en: "BDNF released",
				es: "Liberación de BDNF"
			},
			description: {
				en: "In rats and mice, busy synapses release BDNF. This protein helps links between nerve cells grow and last.",
				es: "En ratas y ratones, las sinapsis activas liberan BDNF, una proteína que ayuda a que las conexiones entre neuronas crezcan y duren."
			},
			refs: [
				"Lepack2015",
				"Autry2011",
				"Laje2012"
			]
		},
		{
			id: "trkb_activation",
			stage: "signal",
			kind: "receptor",
			confidence: "supported",
			label: {
				en: "TrkB switched on",
				es: "Activación de TrkB"
			},
			description: {
				en: "In rats and mice, BDNF binds to its receptor, TrkB, which turns on growth signals in the cell.",
				es: "En ratas y ratones, el BDNF se une a su receptor, TrkB, que enciende señales de crecimiento en la célula."
			},
			refs: ["Autry2011", "ZanosGould2018"]
		},
		{
			id: "mtorc1",
			stage: "signal",
			kind: "molecule",
			confidence: "debated",
			label: {
				en: "mTORC1 signaling",
				es: "Señal de mTORC1"
			},
			description: {
				en: "The signal reaches mTORC1, a hub that tells the cell to build protein. Studies disagree: in one human trial, blocking mTORC1 did not stop ketamine’s effect.",
				es: "La señal llega a mTORC1, un centro que ordena fabricar proteínas. Los estudios no coinciden: en un ensayo en personas, bloquear mTORC1 no detuvo el efecto."
			},
			refs: [
				"Li2010",
				"Autry2011",
				"Abdallah2020rapa"
			]
		},
		{
			id: "protein_synthesis",
			stage: "growth",
			kind: "molecule",
			confidence: "supported",
			label: {
				en: "Synapse proteins built",
				es: "Proteínas sinápticas nuevas"
			},
			description: {
				en: "In rats, nerve cells quickly build the parts that make up synapses, such as the proteins PSD-95 and GluA1.",
				es: "En ratas, las neuronas fabrican rápidamente las piezas que forman las sinapsis, como las proteínas PSD-95 y GluA1."
			},
			refs: ["Li2010"]
		},
		{
			id: "spinogenesis",
			stage: "growth",
			kind: "structure",
			confidence: "supported",
			label: {
				en: "New spines form",
				es: "Nuevas espinas dendríticas"
			},
			description: {
				en: "In mice and rats, new dendritic spines grow within 12–24 hours. Spines are tiny bumps where synapses sit. New ones often grow near spots where stress removed them. This has not been confirmed in people.",
				es: "En ratones y ratas crecen nuevas espinas dendríticas en 12–24 horas. Las espinas son bultos diminutos donde están las sinapsis. Las nuevas suelen crecer cerca de donde el estrés las quitó. Esto no se ha confirmado en personas."
			},
			refs: [
				"Li2010",
				"Li2011",
				"ModaSava2019",
				"Phoumthipphavong2016",
				"Holmes2022"
			]
		},
		{
			id: "circuit_restore",
			stage: "outcome",
			kind: "cell",
			confidence: "supported",
			label: {
				en: "Circuits rebalance",
				es: "Los circuitos se reequilibran"
			},
			description: {
				en: "In mice, cell groups in the front of the brain fire together more normally again, before new spines form. New spines then keep this going for days. That this first step needs AMPA receptors is a guess that has not been tested.",
				es: "En ratones, grupos de neuronas de la parte frontal del cerebro vuelven a activarse juntos de forma más normal, antes de que se formen espinas nuevas. Después, las nuevas espinas lo mantienen durante días. Que este primer paso dependa de los receptores AMPA es una suposición que no se ha comprobado."
			},
			refs: ["ModaSava2019"]
		},
		{
			id: "mood_improves",
			stage: "outcome",
			kind: "outcome",
			confidence: "established",
			label: {
				en: "Mood lifts",
				es: "Mejora el estado de ánimo"
			},
			description: {
				en: "Many people with hard-to-treat depression, though not all, feel better within hours. After one dose this often lasts days to about a week.",
				es: "Muchas personas con depresión difícil de tratar, aunque no todas, se sienten mejor en unas horas. Tras una sola dosis, la mejoría suele durar de unos días a alrededor de una semana."
			},
			refs: [
				"Berman2000",
				"Zarate2006",
				"Murrough2013",
				"Abdallah2020rapa"
			]
		},
		{
			id: "rest_nmda_block",
			kind: "receptor",
			confidence: "supported",
			track: "alt",
			label: {
				en: "Resting NMDA block",
				es: "Bloqueo NMDA en reposo"
			},
			description: {
				en: "In mice, ketamine may block NMDA receptors that stay slightly active at rest. Whether this is the main route is debated.",
				es: "En ratones, la ketamina podría bloquear receptores NMDA que siguen un poco activos aun cuando el cerebro descansa. Se debate si es la vía principal."
			},
			refs: ["Autry2011"]
		},
		{
			id: "eef2k_off",
			kind: "molecule",
			confidence: "supported",
			track: "alt",
			label: {
				en: "eEF2 kinase off",
				es: "Inhibición de la cinasa eEF2"
			},
			description: {
				en: "This switches off an enzyme (eEF2 kinase) that normally slows protein making.",
				es: "Esto apaga una enzima (la cinasa eEF2) que suele frenar la fabricación de proteínas."
			},
			refs: ["Autry2011"]
		},
		{
			id: "bdnf_translation",
			kind: "molecule",
			confidence: "supported",
			track: "alt",
			label: {
				en: "Fast BDNF production",
				es: "Producción rápida de BDNF"
			},
			description: {
				en: "Cells quickly make more BDNF from instructions (mRNA) they already have, without switching on new genes.",
				es: "Las células fabrican rápido más BDNF con instrucciones (ARNm) que ya tienen, sin activar genes nuevos."
			},
			refs: ["Autry2011"]
		},
		{
			id: "glun2b_block",
			kind: "receptor",
			confidence: "debated",
			track: "alt",
			label: {
				en: "GluN2B receptor block",
				es: "Bloqueo de GluN2B"
			},
			description: {
				en: "Ketamine does not prefer these receptors, but its effect on mood may depend on NMDA receptors that have a part called GluN2B. Studies disagree on which cells carry them.",
				es: "La ketamina no prefiere estos receptores, pero su efecto sobre el ánimo podría depender de los receptores NMDA que tienen la subunidad GluN2B. Los estudios no coinciden en qué células los tienen."
			},
			refs: ["Miller2014", "Gerhard2020"]
		},
		{
			id: "lhb_burst_block",
			kind: "cell",
			confidence: "debated",
			track: "alt",
			label: {
				en: "Habenula bursts stop",
				es: "Cesan las ráfagas en la habénula"
			},
			description: {
				en: "In rats and mice, ketamine stops bursts of activity in a small brain area called the lateral habenula. This area can dampen feelings of reward. Not tested in people.",
				es: "En ratas y ratones, la ketamina detiene las ráfagas de actividad de una pequeña zona del cerebro llamada habénula lateral. Esta zona puede apagar la sensación de recompensa. No probado en personas."
			},
			refs: ["Yang2018"]
		},
		{
			id: "reward_disinhibit",
			kind: "cell",
			confidence: "debated",
			track: "alt",
			label: {
				en: "Reward centers freed",
				es: "Centros de recompensa liberados"
			},
			description: {
				en: "With the habenula quiet, reward areas may work more freely. These areas make dopamine and serotonin, which help shape mood.",
				es: "Con la habénula más tranquila, las zonas de recompensa podrían funcionar con más libertad. Estas zonas producen dopamina y serotonina."
			},
			refs: ["Yang2018"]
		},
		{
			id: "hnk_metabolite",
			kind: "drug",
			confidence: "debated",
			track: "alt",
			label: {
				en: "HNK metabolite",
				es: "Metabolito HNK"
			},
			description: {
				en: "The body breaks ketamine down into other substances, such as HNK. In one mouse study, HNK eased signs of depression without blocking NMDA receptors. In a rat study HNK did not help, and a mouse study found it was not needed. In one human study, more HNK in the blood went with less benefit.",
				es: "El cuerpo transforma la ketamina en otras sustancias, como el HNK. En un estudio en ratones, el HNK redujo conductas parecidas a la depresión sin bloquear los receptores NMDA. En un estudio en ratas el HNK no ayudó, y otro en ratones encontró que no era necesario. En un estudio en personas, tener más HNK en la sangre se asoció con menos beneficio."
			},
			refs: [
				"Zanos2016",
				"Shirayama2018",
				"Yamaguchi2018",
				"Abdallah2020HNK"
			]
		},
		{
			id: "opioid_system",
			kind: "receptor",
			confidence: "debated",
			track: "alt",
			label: {
				en: "Opioid system?",
				es: "¿Sistema opioide?"
			},
			description: {
				en: "In one small study, naltrexone, a drug that blocks opioids, made ketamine work less well against depression. Later studies did not find this.",
				es: "En un estudio pequeño, la naltrexona (un medicamento que bloquea los opioides) hizo que la ketamina funcionara peor contra la depresión. Estudios posteriores no lo confirmaron."
			},
			refs: [
				"Williams2018",
				"Yoon2019",
				"Yoon2025"
			]
		},
		{
			id: "anti_inflammation",
			kind: "molecule",
			confidence: "debated",
			track: "alt",
			label: {
				en: "Less inflammation?",
				es: "¿Menos inflamación?"
			},
			description: {
				en: "Ketamine lowers some signs of inflammation in animals. Results in people are mixed.",
				es: "En animales, la ketamina reduce algunos indicios de inflamación. En personas, los resultados varían."
			},
			refs: ["Kopra2021"]
		}
	],
	edges: [
		{
			from: "ketamine_dose",
			to: "nmda_block",
			effect: "leads-to",
			confidence: "established",
			refs: ["Anis1983"]
		},
		{
			from: "nmda_block",
			to: "interneuron_quiet",
			effect: "leads-to",
			confidence: "supported",
			refs: ["Homayoun2007", "Gerhard2020"]
		},
		{
			from: "interneuron_quiet",
			to: "disinhibition",
			effect: "leads-to",
			confidence: "supported",
			refs: ["Homayoun2007"]
		},
		{
			from: "disinhibition",
			to: "glutamate_burst",
			effect: "leads-to",
			confidence: "supported",
			refs: ["Moghaddam1997"]
		},
		{
			from: "glutamate_burst",
			to: "ampa_activation",
			effect: "activates",
			confidence: "supported",
			refs: ["Maeng2008"]
		},
		{
			from: "ampa_activation",
			to: "bdnf_release",
			effect: "leads-to",
			confidence: "supported",
			refs: ["Lepack2015"]
		},
		{
			from: "bdnf_release",
			to: "trkb_activation",
			effect: "activates",
			confidence: "supported",
			refs: ["Autry2011"]
		},
		{
			from: "trkb_activation",
			to: "mtorc1",
			effect: "activates",
			confidence: "debated",
			refs: ["Li2010", "Abdallah2020rapa"]
		},
		{
			from: "mtorc1",
			to: "protein_synthesis",
			effect: "leads-to",
			confidence: "supported",
			refs: ["Li2010"]
		},
		{
			from: "protein_synthesis",
			to: "spinogenesis",
			effect: "leads-to",
			confidence: "supported",
			refs: ["Li2010"]
		},
		{
			from: "ampa_activation",
			to: "circuit_restore",
			effect: "leads-to",
			confidence: "debated",
			label: {
				en: "Inferred: the AMPA dependence of this early step is not shown in a study",
				es: "Inferido: ningún estudio muestra que este paso temprano dependa de AMPA"
			},
			refs: ["ModaSava2019"]
		},
		{
			from: "spinogenesis",
			to: "circuit_restore",
			effect: "leads-to",
			confidence: "supported",
			refs: ["ModaSava2019"]
		},
		{
			from: "circuit_restore",
			to: "mood_improves",
			effect: "leads-to",
			confidence: "supported",
			refs: ["ModaSava2019"]
		},
		{
			from: "ketamine_dose",
			to: "rest_nmda_block",
			effect: "leads-to",
			confidence: "supported",
			refs: ["Autry2011"]
		},
		{
			from: "rest_nmda_block",
			to: "eef2k_off",
			effect: "leads-to",
			confidence: "supported",
			refs: ["Autry2011"]
		},
		{
			from: "eef2k_off",
			to: "bdnf_translation",
			effect: "leads-to",
			confidence: "supported",
			refs: ["Autry2011"]
		},
		{
			from: "bdnf_translation",
			to: "trkb_activation",
			effect: "activates",
			confidence: "supported",
			refs: ["Autry2011"]
		},
		{
			from: "ketamine_dose",
			to: "glun2b_block",
			effect: "leads-to",
			confidence: "debated",
			refs: ["Miller2014"]
		},
		{
			from: "glun2b_block",
			to: "protein_synthesis",
			effect: "leads-to",
			confidence: "debated",
			refs: ["Miller2014"]
		},
		{
			from: "ketamine_dose",
			to: "lhb_burst_block",
			effect: "leads-to",
			confidence: "debated",
			refs: ["Yang2018"]
		},
		{
			from: "lhb_burst_block",
			to: "reward_disinhibit",
			effect: "leads-to",
			confidence: "debated",
			refs: ["Yang2018"]
		},
		{
			from: "reward_disinhibit",
			to: "mood_improves",
			effect: "leads-to",
			confidence: "debated",
			refs: ["Yang2018"]
		},
		{
			from: "ketamine_dose",
			to: "hnk_metabolite",
			effect: "leads-to",
			confidence: "established",
			refs: ["Zanos2016"]
		},
		{
			from: "hnk_metabolite",
			to: "ampa_activation",
			effect: "activates",
			confidence: "debated",
			refs: [
				"Zanos2016",
				"Shirayama2018",
				"Yamaguchi2018"
			]
		},
		{
			from: "ketamine_dose",
			to: "opioid_system",
			effect: "leads-to",
			confidence: "debated",
			refs: ["Williams2018", "Yoon2025"]
		},
		{
			from: "opioid_system",
			to: "mood_improves",
			effect: "leads-to",
			confidence: "debated",
			refs: ["Williams2018", "Yoon2025"]
		},
		{
			from: "ketamine_dose",
			to: "anti_inflammation",
			effect: "leads-to",
			confidence: "debated",
			refs: ["Kopra2021"]
		},
		{
			from: "anti_inflammation",
			to: "mood_improves",
			effect: "leads-to",
			confidence: "debated",
			refs: ["Kopra2021"]
		}
	]
};
export { defaultPathway, pathwayStrings };

//# sourceMappingURL=pathway.js.map