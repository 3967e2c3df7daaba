// src/content/side-effects.ts
/**
* Built-in content of <kw-side-effects>, written for this project from shared/content/brief.md §2 (facts) and
* §5b (Spanish names). Rates are shown only for the verified US label table (§2a, SPRAVATO-PI, status V);
* IV and long-term items use words. Severity maps the brief's categories: common_transient → mild,
* common_transient that "can be serious" or is named in the boxed warning (sedation, dissociation) → moderate,
* serious → serious (clinician review needed). The words shown say what the levels mean ("Can become serious" for
* moderate), so that no boxed-warning risk reads as "mild"; items named in the boxed warning carry `boxed`.
* Spanish: formal "usted"; all of it needs a certified medical translator before launch (brief §5 "MT").
*/
var PI = ["SPRAVATO-PI"];
function fx(id, en, es, timing, extra = {}, severity = "mild", refs = PI, confidence = "established") {
	return {
		id,
		name: {
			en,
			es
		},
		timing,
		severity,
		refs,
		confidence,
		...extra
	};
}
function row(id, en, es, percent, placeboPercent, timing, extra = {}, severity) {
	return fx(id, en, es, timing, {
		percent,
		placeboPercent,
		common: percent >= 5 && percent >= 2 * placeboPercent,
		...extra
	}, severity);
}
var t = (en, es) => ({
	en,
	es
});
var call911 = t("Call 911 for chest pain, a sudden bad headache, confusion, or a change in how you see.", "Llame al 911 si tiene dolor en el pecho, un dolor de cabeza fuerte y repentino, confusión o cambios en la vista.");
var tellStaffThen911 = t("In the clinic, tell staff right away. After you leave, call 911 for chest pain, a sudden bad headache, confusion, or a change in how you see.", "En la clínica, avise de inmediato al personal. Después de salir, llame al 911 si tiene dolor en el pecho, un dolor de cabeza fuerte y repentino, confusión o cambios en la vista.");
var defaultSideEffects = {
	sets: [
		{
			id: "esketamine",
			title: t("Esketamine nasal spray (Spravato)", "Esketamina en aerosol nasal (Spravato)"),
			note: t("From the US drug label. In short studies, 346 people used esketamine. Another 222 used a placebo, a spray with no drug in it. All of them also took an antidepressant.", "Según la información de prescripción de EE. UU. En estudios cortos, 346 personas usaron esketamina. Otras 222 usaron un placebo: un aerosol sin medicamento. Todas tomaban también un antidepresivo."),
			drug: t("Esketamine", "Esketamina"),
			warning: {
				title: t("Boxed warning: the label's most serious risks", "Advertencia de recuadro negro: los riesgos más graves según la información para prescribir"),
				items: [
					t("Sedation", "Sedación (mucho sueño)"),
					t("Dissociation", "Disociación"),
					t("Slowed breathing", "Respiración lenta o débil (depresión respiratoria)"),
					t("Abuse and misuse", "Abuso y uso indebido"),
					t("Suicidal thoughts and actions. In people under 25, antidepressants can raise this risk.", "Pensamientos y conductas suicidas: los antidepresivos pueden aumentar este riesgo en menores de 25 años")
				],
				note: t("Staff watch you for at least 2 hours after each dose, in a certified clinic. No driving until the next day, after a restful sleep.", "En una clínica certificada, el personal vigilará su estado al menos 2 horas después de cada dosis. No maneje hasta el día siguiente, después de dormir bien.")
			},
			items: [
				row("dissociation", "Feeling disconnected (dissociation)", "Disociación (sensación de desconexión)", 41, 9, "during", {
					when: t("Usually fades within about 2 hours.", "Suele pasar en unas 2 horas."),
					boxed: true
				}, "moderate"),
				row("dizziness", "Dizziness", "Mareo", 29, 8, "during"),
				row("nausea", "Nausea", "Náuseas", 28, 9, "during"),
				row("sedation", "Sleepiness (sedation)", "Sedación (mucho sueño)", 23, 9, "during", {
					when: t("Peaks at 30–45 minutes; gone by about 1.5 hours.", "Es más fuerte entre los 30 y los 45 minutos. Pasa en más o menos hora y media."),
					help: t("Tell staff right away if you cannot stay awake.", "Avise de inmediato al personal si le cuesta mantenerse despierto o despierta."),
					refs: [...PI, "JnJ-MI-sedation"],
					boxed: true
				}, "moderate"),
				row("vertigo", "Spinning feeling (vertigo)", "Vértigo (sensación de que todo gira)", 23, 3, "during"),
				row("headache", "Headache", "Dolor de cabeza", 20, 17, "after", { help: call911 }),
				row("dysgeusia", "Taste change", "Cambio en el gusto", 19, 14, "after"),
				row("hypoesthesia", "Numbness", "Adormecimiento (hipoestesia)", 18, 2, "during"),
				row("anxiety", "Anxiety", "Ansiedad", 13, 6, "during"),
				row("lethargy", "Low energy", "Falta de energía (letargo)", 11, 5, "after"),
				row("bp_increased", "Higher blood pressure", "Aumento de la presión arterial", 10, 3, "during", {
					when: t("Peaks at about 40 minutes; lasts about 4 hours.", "Llega a su punto más alto hacia los 40 minutos; dura unas 4 horas."),
					help: tellStaffThen911
				}, "moderate"),
				row("vomiting", "Vomiting", "Vómitos", 9, 2, "during"),
				row("insomnia", "Trouble sleeping", "Problemas para dormir", 8, 7, "after"),
				row("diarrhea", "Diarrhea", "Diarrea", 7, 6, "after"),
				row("nasal_discomfort", "Nose discomfort", "Molestia en la nariz", 7, 5, "during"),
				row("throat_irritation", "Throat irritation", "Irritación de garganta", 7, 4, "during"),
				row("feeling_drunk", "Feeling drunk", "Sentirse como borracho", 5, .5, "during"),
				row("dry_mouth", "Dry mouth", "Boca seca", 5, 3, "after"),
				row("hyperhidrosis", "Sweating", "Sudoración", 4, 2, "during"),
				row("euphoric_mood", "Feeling unusually happy (euphoria)", "Sentirse eufórico", 4, 1, "during"),
				row("dysarthria", "Slurred speech", "Arrastrar las palabras al hablar", 4, 0, "during"),
				row("tremor", "Shakiness", "Temblor", 3, 1, "during"),
				row("oropharyngeal_pain", "Sore throat", "Dolor de garganta", 3, 2, "during"),
				row("mental_impairment", "Foggy thinking", "Dificultad para pensar con claridad", 3, 1, "after"),
				row("constipation", "Constipation", "Estreñimiento", 3, 1, "after"),
				row("pollakiuria", "Peeing more often", "Orinar más seguido", 3, .5, "after"),
				row("feeling_abnormal", "Feeling \"off\"", "Sentirse raro", 3, 0, "during"),
				row("tachycardia", "Fast heartbeat", "Corazón acelerado (taquicardia)", 2, .5, "during")
			]
		},
		{
			id: "iv",
			title: t("IV ketamine (off-label)", "Ketamina intravenosa (uso no aprobado, off-label)"),
			note: t("No official rates exist for this use, so none are shown. Repeated doses are not well studied.", "No hay cifras oficiales para este uso, así que no se muestran. Las dosis repetidas están poco estudiadas."),
			items: [
				fx("iv_dissociation", "Dreamlike, detached feeling", "Sensación irreal, como en un sueño, o de desconexión", "during", { frequency: "very-common" }, "moderate", ["Short2018", "Fava2018"]),
				fx("iv_bp", "Higher blood pressure and pulse", "Aumento de la presión y del pulso", "during", { description: t("Usually small; back to normal after the infusion.", "Suele ser leve; se normaliza tras la infusión intravenosa.") }, "moderate", ["Riva-Posse2018", "Fava2018"]),
				fx("iv_dizzy", "Dizziness, headache, blurred vision", "Mareo, dolor de cabeza, visión borrosa", "during", { frequency: "common" }, "mild", ["Short2018"]),
				fx("iv_nausea", "Nausea or vomiting", "Náuseas o vómitos", "during", {}, "mild", ["Short2018"]),
				fx("iv_anxiety", "Anxiety or restlessness", "Ansiedad o inquietud", "during", {
					frequency: "common",
					description: t("Short-lived.", "Pasa pronto.")
				}, "mild", ["Short2018"]),
				fx("iv_psychosis_like", "Seeing or believing odd things (psychosis-like)", "Ver o creer cosas extrañas (síntomas parecidos a la psicosis)", "during", {
					frequency: "uncommon",
					description: t("Brief. Tell staff if it happens.", "Son breves. Avise al personal si le pasa.")
				}, "moderate", ["Short2018"]),
				fx("iv_drowsy", "Drowsiness", "Somnolencia", "during", {}, "mild", ["Short2018"])
			]
		},
		{
			id: "long-term",
			title: t("Long-term and rare risks", "Riesgos a largo plazo y poco frecuentes"),
			note: t("Slowed breathing is rare, but it can happen in any session. The other risks come mostly with frequent, heavy or unsupervised use.", "La respiración lenta es muy poco frecuente, pero puede ocurrir en cualquier sesión. Los demás riesgos se deben sobre todo al uso frecuente, intenso o sin supervisión."),
			items: [
				fx("resp_depression", "Slowed breathing", "Respiración lenta o débil (depresión respiratoria)", "during", {
					frequency: "rare",
					boxed: true,
					description: t("A boxed-warning risk. It is rare, but it can happen at usual doses during a session, so staff check your breathing with a finger clip (pulse oximeter). The risk is higher with high doses, with use at home, and with opioids, alcohol, or pills for sleep or worry (benzodiazepines).", "Es un riesgo de la advertencia de recuadro negro. Es muy poco frecuente, pero puede ocurrir con las dosis habituales durante una sesión, por eso el personal vigila su respiración con una pinza en el dedo (oxímetro de pulso). El riesgo es mayor con dosis altas, con el uso en casa y con opioides, alcohol o medicamentos para la ansiedad o para dormir (benzodiacepinas).")
				}, "serious", [...PI, "FDA-compounded-2023"]),
				fx("ketamine_uropathy", "Bladder damage", "Daño en la vejiga (cistitis)", "long-term", {
					description: t("Pain, urgency or blood when peeing. Often improves if ketamine is stopped early.", "Dolor o sangre al orinar, o ganas urgentes de orinar. Suele mejorar si se deja la ketamina a tiempo."),
					help: t("Call your prescriber if you have bladder pain or blood in your urine.", "Llame a su médico si tiene dolor en la vejiga o sangre en la orina.")
				}, "serious", [
					"Chu2008",
					"Hong2018",
					...PI
				]),
				fx("liver_injury", "Liver damage", "Daño en el hígado", "long-term", { description: t("Liver or bile-duct damage. It was seen mostly with long or repeated infusions for pain, at doses far above those used for depression.", "Daño en el hígado o en las vías biliares. Se vio sobre todo con infusiones intravenosas largas o repetidas para el dolor, con dosis mucho más altas que las usadas para la depresión.") }, "serious", ["Noppers2011", "Cotter2021"]),
				fx("dependence", "Misuse and dependence", "Uso indebido y dependencia", "long-term", {
					description: t("Ketamine can be misused and can lead to craving and dependence. In the US it is a controlled substance.", "La ketamina se puede usar de forma indebida y causar dependencia y un deseo intenso de usarla. En EE. UU. es una sustancia controlada."),
					help: t("Talk with your prescriber if you crave ketamine.", "Hable con su médico si siente un deseo intenso de usar ketamina."),
					boxed: true
				}, "serious", ["DEA1999", ...PI]),
				fx("cognition", "Memory and thinking problems", "Problemas de memoria y concentración", "long-term", { description: t("People who often used ketamine on their own, not as a treatment, had more memory problems a year later. This is from one study.", "Las personas que usaban ketamina a menudo por su cuenta, no como tratamiento, tuvieron más problemas de memoria al cabo de un año.") }, "moderate", ["Morgan2010"], "supported"),
				fx("pregnancy", "Possible risk in pregnancy", "Posible riesgo en el embarazo", "any", {
					description: t("Studies in animals suggest it could harm an unborn baby. Do not breastfeed while using it.", "Estudios en animales sugieren que podría dañar al bebé en desarrollo. No se recomienda amamantar."),
					help: t("Tell your prescriber if you are pregnant, could become pregnant, or are breastfeeding.", "Avise a su médico si está embarazada, si puede quedar embarazada o si da pecho.")
				}, "serious", PI, "supported")
			]
		}
	],
	help: [
		t("In the clinic: tell staff right away if you feel faint or panicky. Also tell them about trouble breathing, chest pain or a very bad headache.", "En la clínica: avise de inmediato al personal si le cuesta respirar o tiene dolor en el pecho, un dolor de cabeza muy fuerte, sensación de desmayo o pánico."),
		t("After you leave: call 911 if you faint or have a seizure. Also call for trouble breathing, chest pain, a sudden bad headache, or confusion that won't go away.", "Después de salir: llame al 911 si se desmaya o le cuesta respirar, o si tiene dolor en el pecho, convulsiones, un dolor de cabeza fuerte y repentino o confusión que no pasa."),
		t("Thoughts of suicide: call or text 988.", "Pensamientos de suicidio: llame al 988 y marque 2 para español, o envíe AYUDA por mensaje de texto al 988."),
		t("Call your prescriber if your mood gets worse, if you crave ketamine, or if side effects last into the next day.", "Llame a su médico si su ánimo empeora, siente un deseo intenso de usar ketamina o los efectos duran hasta el día siguiente.")
	]
};
/** UI text of <kw-side-effects>; every key can be overridden per element with `strings`. */
var sideEffectsStrings = {
	en: {
		heading: "Possible side effects",
		filterLabel: "Show by severity",
		mild: "Mild",
		moderate: "Can become serious",
		serious: "Serious",
		boxed: "Boxed warning",
		boxedInList: "These risks are marked \"Boxed warning\" in the list below.",
		showAll: "Show all {count}",
		showCommon: "Show only the most common",
		during: "During the session",
		after: "In the hours and days after",
		"long-term": "With repeated or long-term use",
		any: "At any time it is used",
		count: "Showing {shown} of {total} side effects.",
		noMatch: "None match the filter.",
		mostCommon: "Most common",
		drugRate: "About {n} in 100 people",
		drugUnder1: "Fewer than 1 in 100 people",
		placeboRate: "{n} in 100 on placebo",
		placeboUnder1: "fewer than 1 in 100 on placebo",
		placeboNone: "none on placebo",
		versus: "{drug}, vs {placebo}",
		placebo: "Placebo",
		"very-common": "Very common",
		common: "Common",
		uncommon: "Uncommon",
		rare: "Rare",
		when: "When:",
		getHelp: "Get help:",
		helpduring: "Tell staff if it worries you.",
		helpafter: "Call your prescriber if it lasts into the next day.",
		"helplong-term": "Talk with your prescriber.",
		helpany: "Talk with your prescriber.",
		helpserious: "Get medical help right away. In an emergency, call 911.",
		sources: "Sources:",
		evidence: "Evidence:",
		established: "established",
		supported: "supported",
		debated: "debated",
		severity: "Severity:",
		severityUnstated: "Severity not stated",
		timingUnstated: "Timing not stated",
		notStated: "not stated",
		frequencyUnstated: "How common: not stated",
		noSources: "none given",
		ungraded: "not graded",
		helpHeading: "When to get help",
		loading: "Loading…",
		dataError: "This list of side effects could not be shown."
	},
	es: {
		heading: "Posibles efectos secundarios",
		filterLabel: "Mostrar por gravedad",
		mild: "Leve",
		moderate: "Puede agravarse",
		serious: "Grave",
		boxed: "Advertencia de recuadro negro",
		boxedInList: "En la lista de abajo, estos riesgos llevan la marca «Advertencia de recuadro negro».",
		showAll: "Mostrar los {count}",
		showCommon: "Mostrar solo los más frecuentes",
		during: "Durante la sesión",
		after: "En las horas y días siguientes",
		"long-term": "Con el uso repetido o prolongado",
		any: "En cualquier momento del uso",
		count: "Se muestran {shown} de {total} efectos secundarios.",
		noMatch: "Ninguno coincide.",
		mostCommon: "De los más frecuentes",
		drugRate: "Unas {n} de cada 100 personas",
		drugUnder1: "Menos de 1 de cada 100 personas",
		placeboRate: "{n} de cada 100 con placebo",
		placeboUnder1: "menos de 1 de cada 100 con placebo",
		placeboNone: "ninguna con placebo",
		versus: "{drug}, frente a {placebo}",
		placebo: "Placebo",
		"very-common": "Muy frecuente",
		common: "Frecuente",
		uncommon: "Poco frecuente",
		rare: "Muy poco frecuente",
		when: "Cuándo:",
		getHelp: "Ayuda:",
		helpduring: "Avise al personal si le preocupa.",
		helpafter: "Llame a su médico si dura hasta el día siguiente.",
		"helplong-term": "Hable con su médico.",
		helpany: "Hable con su médico.",
		helpserious: "Busque atención médica de inmediato. En una emergencia, llame al 911.",
		sources: "Fuentes:",
		evidence: "Nivel de evidencia:",
		established: "establecido",
		supported: "respaldado",
		debated: "en debate",
		severity: "Gravedad:",
		severityUnstated: "Gravedad no indicada",
		timingUnstated: "Momento no indicado",
		notStated: "no indicado",
		frequencyUnstated: "Frecuencia: no indicada",
		noSources: "no se indican",
		ungraded: "sin evaluar",
		helpHeading: "Cuándo pedir ayuda",
		loading: "Cargando…",
		dataError: "No se pudo mostrar esta lista de efectos secundarios."
	}
};
export { defaultSideEffects, sideEffectsStrings };

//# sourceMappingURL=side-effects.js.map