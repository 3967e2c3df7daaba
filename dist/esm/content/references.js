// src/content/references.ts
/**
* Sources cited by the widgets' default content, from shared/content/brief.md §9. Each entry is a short
* citation and the address of the paper (DOI when known, else PubMed or PMC, else the publisher or regulator).
* The comment after each entry is its review status (kept out of the bundle): V = checked against the source,
* P = citation checked but a detail was not, U = unverified.
*/
/** How sure science is of a claim (see the content brief §0): shown to readers on every sourced item. */
var CONFIDENCES = [
	"established",
	"supported",
	"debated"
];
var doi = (id) => `https://doi.org/${id}`;
var pubmed = (id) => `https://pubmed.ncbi.nlm.nih.gov/${id}/`;
var pmc = (id) => `https://www.ncbi.nlm.nih.gov/pmc/articles/${id}/`;
var references = {
	Anis1983: {
		cite: "Anis NA et al. Br J Pharmacol 1983",
		url: doi("10.1111/j.1476-5381.1983.tb11031.x")
	},
	LodgeMercier2015: {
		cite: "Lodge D, Mercier MS. Br J Pharmacol 2015",
		url: doi("10.1111/bph.13222")
	},
	Moghaddam1997: {
		cite: "Moghaddam B et al. J Neurosci 1997",
		url: doi("10.1523/JNEUROSCI.17-08-02921.1997")
	},
	Homayoun2007: {
		cite: "Homayoun H, Moghaddam B. J Neurosci 2007",
		url: doi("10.1523/JNEUROSCI.2213-07.2007")
	},
	Berman2000: {
		cite: "Berman RM et al. Biol Psychiatry 2000",
		url: doi("10.1016/S0006-3223(99)00230-9")
	},
	Zarate2006: {
		cite: "Zarate CA Jr et al. Arch Gen Psychiatry 2006",
		url: doi("10.1001/archpsyc.63.8.856")
	},
	Maeng2008: { cite: "Maeng S et al. Biol Psychiatry 2008" },
	Li2010: {
		cite: "Li N et al. Science 2010",
		url: doi("10.1126/science.1190287")
	},
	Li2011: {
		cite: "Li N et al. Biol Psychiatry 2011",
		url: pmc("PMC3068225")
	},
	Autry2011: {
		cite: "Autry AE et al. Nature 2011",
		url: doi("10.1038/nature10130")
	},
	Laje2012: {
		cite: "Laje G et al. Biol Psychiatry 2012",
		url: doi("10.1016/j.biopsych.2012.05.031")
	},
	Cornwell2012: {
		cite: "Cornwell BR et al. Biol Psychiatry 2012",
		url: doi("10.1016/j.biopsych.2012.03.029")
	},
	Murrough2013: {
		cite: "Murrough JW et al. Am J Psychiatry 2013",
		url: pubmed("23982301")
	},
	Miller2014: {
		cite: "Miller OH et al. eLife 2014",
		url: doi("10.7554/eLife.03581")
	},
	Lepack2015: {
		cite: "Lepack AE et al. Int J Neuropsychopharmacol 2015",
		url: doi("10.1093/ijnp/pyu033")
	},
	Zanos2016: {
		cite: "Zanos P et al. Nature 2016",
		url: doi("10.1038/nature17998")
	},
	Phoumthipphavong2016: {
		cite: "Phoumthipphavong V et al. eNeuro 2016",
		url: doi("10.1523/ENEURO.0133-15.2016")
	},
	Sanacora2017: { cite: "Sanacora G et al. JAMA Psychiatry 2017" },
	Short2018: {
		cite: "Short B et al. Lancet Psychiatry 2018",
		url: doi("10.1016/S2215-0366(17)30272-9")
	},
	"Riva-Posse2018": {
		cite: "Riva-Posse P et al. J Affect Disord 2018",
		url: doi("10.1016/j.jad.2018.02.025")
	},
	Williams2018: {
		cite: "Williams NR et al. Am J Psychiatry 2018",
		url: doi("10.1176/appi.ajp.2018.18020138")
	},
	Yang2018: {
		cite: "Yang Y et al. Nature 2018",
		url: doi("10.1038/nature25509")
	},
	ZanosGould2018: {
		cite: "Zanos P, Gould TD. Mol Psychiatry 2018",
		url: doi("10.1038/mp.2017.255")
	},
	Shirayama2018: {
		cite: "Shirayama Y, Hashimoto K. Int J Neuropsychopharmacol 2018",
		url: doi("10.1093/ijnp/pyx108")
	},
	Yamaguchi2018: { cite: "Yamaguchi JI et al. Neuropsychopharmacology 2018" },
	Fava2018: {
		cite: "Fava M et al. Mol Psychiatry 2020",
		url: doi("10.1038/s41380-018-0256-5")
	},
	ModaSava2019: {
		cite: "Moda-Sava RN et al. Science 2019",
		url: doi("10.1126/science.aat8078")
	},
	Yoon2019: {
		cite: "Yoon G et al. JAMA Psychiatry 2019",
		url: doi("10.1001/jamapsychiatry.2018.3990")
	},
	Gerhard2020: {
		cite: "Gerhard DM et al. J Clin Invest 2020",
		url: doi("10.1172/JCI130808")
	},
	Abdallah2020rapa: {
		cite: "Abdallah CG et al. Neuropsychopharmacology 2020 (rapamycin)",
		url: doi("10.1038/s41386-020-0644-9")
	},
	Abdallah2020HNK: { cite: "Abdallah CG et al. Neuropsychopharmacology 2020 (HNK)" },
	Kopra2021: { cite: "Kopra E et al. J Psychopharmacol 2021" },
	Cotter2021: {
		cite: "Cotter S et al. Drug Saf 2021",
		url: doi("10.1007/s40264-021-01120-9")
	},
	Ofer2021: {
		cite: "Ofer N et al. Dev Neurobiol 2021",
		url: doi("10.1002/dneu.22829")
	},
	Holmes2022: {
		cite: "Holmes SE et al. Mol Psychiatry 2022",
		url: doi("10.1038/s41380-022-01465-2")
	},
	Abdallah2022PTSD: {
		cite: "Abdallah CG et al. Neuropsychopharmacology 2022",
		url: doi("10.1038/s41386-022-01266-9")
	},
	Yoon2025: {
		cite: "Yoon G et al. Int J Neuropsychopharmacol 2025",
		url: doi("10.1093/ijnp/pyaf056")
	},
	Chu2008: { cite: "Chu PS et al. BJU Int 2008" },
	Hong2018: {
		cite: "Hong YL et al. Hong Kong Med J 2018",
		url: doi("10.12809/hkmj177086")
	},
	Noppers2011: {
		cite: "Noppers IM et al. Pain 2011",
		url: doi("10.1016/j.pain.2011.03.026")
	},
	Morgan2010: {
		cite: "Morgan CJA et al. Addiction 2010",
		url: doi("10.1111/j.1360-0443.2009.02761.x")
	},
	Radley2006: {
		cite: "Radley JJ et al. Cereb Cortex 2006",
		url: doi("10.1093/cercor/bhi104")
	},
	Radley2008: { cite: "Radley JJ et al. J Comp Neurol 2008" },
	"Apical-retraction-rat": {
		cite: "Rat prelimbic apical dendrite study (PMC5555043)",
		url: pmc("PMC5555043")
	},
	Romand2011: {
		cite: "Romand S et al. Front Neuroanat 2011",
		url: pmc("PMC3043270")
	},
	"SPRAVATO-PI": {
		cite: "SPRAVATO (esketamine) US Prescribing Information",
		url: "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=d81a6a79-a74a-44b7-822c-0dfa3036eaed"
	},
	"SPRAVATO-REMS": { cite: "FDA REMS: SPRAVATO (NDA 211243)" },
	"JnJ-MI-sedation": { cite: "Janssen Medical Information: SPRAVATO sedation, 2025" },
	"FDA-compounded-2023": { cite: "FDA statement on compounded ketamine, Oct 2023" },
	DEA1999: { cite: "DEA final rule, 64 FR 37673 (1999)" }
};
/** The reference for `key`: a built-in one, or the page's own citation (linked only to an http(s) address). */
function referenceFor(key) {
	if (typeof key !== "string") return {
		cite: key.text,
		...key.url && /^https?:\/\//i.test(key.url) ? { url: key.url } : {}
	};
	const ref = Object.hasOwn(references, key) ? references[key] : void 0;
	return ref ? {
		...ref,
		lang: "en"
	} : { cite: key };
}
/** The same source, whichever way it is written, for counting each once. */
var sourceKey = (ref) => typeof ref === "string" ? ref : `${ref.text}\n${ref.url ?? ""}`;
export { CONFIDENCES, referenceFor, references, sourceKey };

//# sourceMappingURL=references.js.map