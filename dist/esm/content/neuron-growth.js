// src/content/neuron-growth.ts
/**
* Text of <kw-neuron-growth>, written for this project from shared/content/brief.md §1d and §6 (grade ~8).
* Stage labels (`l_*`) and captions (`t_*`) follow the storyboard in §6d; every time is illustrative and comes
* from rodent studies. No number marked unverified in the brief is shown. Spanish uses "usted" and needs review
* by a medical translator before launch. Every key can be overridden per element with the `strings` property.
*/
var neuronGrowthStrings = {
	en: {
		name_grow: "A nerve cell growing branches and spines",
		name_stress: "A nerve cell losing spines under long stress",
		name_restore: "A drawing based on studies in mice: a nerve cell grows back spines after one dose of ketamine",
		name_compare: "A drawing based on studies in mice. It shows a nerve cell after stress, and next to it, the same cell after one dose of ketamine.",
		l_grow: "Growing",
		t_grow: "A nerve cell grows branches (dendrites). Tiny bumps on them, called spines, are where other cells connect.",
		l_healthy: "Healthy",
		t_healthy: "A cell in the front of the brain has many spines: thin, stubby and mushroom-shaped.",
		l_stress: "Weeks of stress",
		t_stress: "In rodents under long stress, spines are lost, mostly large ones far from the cell body. Some branch tips pull back.",
		l_stressed: "After stress",
		t_stressed: "Fewer spines, and fewer large, stable ones.",
		l_dose: "Ketamine dose (first hour)",
		t_dose: "One dose of ketamine. In animals, brain signaling rises briefly.",
		l_early: "2–3 hours",
		t_early: "Mood can start to lift within hours, but no new spines have formed yet.",
		l_sprout: "12–24 hours",
		t_sprout: "In mice, new thin spines sprout, many near where spines were lost.",
		l_mature: "2–7 days",
		t_mature: "Some new spines grow larger and stable. Others vanish.",
		l_persist: "1–2 weeks",
		t_persist: "In mice, the branches still had more spines than usual for up to two weeks. In people, one dose often helps for days to a week; new spines have not been seen directly.",
		play: "Play",
		pause: "Pause",
		timeline: "Timeline",
		before: "Before",
		after: "After",
		spines: "Spines in this drawing: from {before} to {after}",
		newSpines: "New spines, grown after the dose",
		downloadPng: "Download PNG",
		note: "Illustration based on studies in mice and rats, not on images of a human brain. Times and counts are illustrative.",
		sources: "Sources (animal studies; human evidence is indirect):",
		loading: "Loading…",
		dataError: "The neuron file could not be shown:"
	},
	es: {
		name_grow: "Una neurona a la que le crecen ramas y espinas",
		name_stress: "Una neurona que pierde espinas por estrés prolongado",
		name_restore: "Ilustración basada en estudios en ratones: una neurona que recupera espinas tras una dosis de ketamina",
		name_compare: "Ilustración basada en estudios en ratones: una neurona tras el estrés, junto a ella tras una dosis de ketamina",
		l_grow: "Crecimiento",
		t_grow: "Una neurona hace crecer ramas (dendritas). Sus pequeños bultos, llamados espinas, son donde se conectan otras células.",
		l_healthy: "Sana",
		t_healthy: "Una neurona de la parte frontal del cerebro tiene muchas espinas: delgadas, cortas y en forma de hongo.",
		l_stress: "Semanas de estrés",
		t_stress: "En roedores con estrés prolongado se pierden espinas, sobre todo grandes y lejanas del cuerpo celular. Algunas puntas de rama se retraen.",
		l_stressed: "Después del estrés",
		t_stressed: "Menos espinas, y menos espinas grandes y estables.",
		l_dose: "Dosis de ketamina (primera hora)",
		t_dose: "Una dosis de ketamina. En animales, la señalización cerebral sube por poco tiempo.",
		l_early: "2–3 horas",
		t_early: "El ánimo puede empezar a mejorar en horas, pero todavía no se han formado espinas nuevas.",
		l_sprout: "12–24 horas",
		t_sprout: "En ratones brotan espinas nuevas y delgadas, muchas cerca de donde se perdieron.",
		l_mature: "2–7 días",
		t_mature: "Algunas espinas nuevas crecen y se estabilizan. Otras desaparecen.",
		l_persist: "1–2 semanas",
		t_persist: "En ratones, las ramas siguieron teniendo más espinas de lo normal hasta dos semanas. En personas, una dosis suele ayudar de días a una semana; no se han visto espinas nuevas directamente.",
		play: "Reproducir",
		pause: "Pausar",
		timeline: "Línea de tiempo",
		before: "Antes",
		after: "Después",
		spines: "Espinas en este dibujo: de {before} a {after}",
		newSpines: "Espinas nuevas, crecidas tras la dosis",
		downloadPng: "Descargar PNG",
		note: "Ilustración basada en estudios en ratones y ratas, no en imágenes del cerebro humano. Los tiempos y las cifras son ilustrativos.",
		sources: "Fuentes (estudios con animales; la evidencia en personas es indirecta):",
		loading: "Cargando…",
		dataError: "No se pudo mostrar el archivo de la neurona:"
	}
};
/** Reference keys (src/content/references.ts) behind the captions; confidence per brief §0: supported (animal, indirect human). */
var neuronGrowthSources = [
	"Radley2006",
	"Radley2008",
	"Apical-retraction-rat",
	"Moghaddam1997",
	"ModaSava2019",
	"Li2011",
	"Phoumthipphavong2016",
	"Zarate2006",
	"Abdallah2020rapa",
	"Holmes2022"
];
export { neuronGrowthSources, neuronGrowthStrings };

//# sourceMappingURL=neuron-growth.js.map