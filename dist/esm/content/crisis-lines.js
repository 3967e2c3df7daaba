// src/content/crisis-lines.ts
/**
* Built-in crisis resources for <kw-disclaimer>, checked against the services' own pages (see
* shared/content/brief.md §3b). Not shown: the discontinued 988 "Press 3" option; Spanish service names
* that are not yet confirmed against official materials. The English names are used in both languages, given
* as English (`{ en }`) so that a Spanish widget marks them `lang="en"` and a screen reader reads them so.
* A clinic replaces this with the `data` property, inline JSON or `src` (same shape).
*/
var defaultCrisisDirectory = { regions: {
	US: {
		name: {
			en: "United States",
			es: "Estados Unidos"
		},
		emergency: "911",
		lines: [{
			id: "us_988",
			name: { en: "988 Suicide & Crisis Lifeline" },
			description: {
				en: "Call or text, 24/7.",
				es: "Llamadas y mensajes de texto, las 24 horas. Al llamar, marque 2 para hablar en español."
			},
			languageNotes: { es: "Para español, marque 2 o envíe AYUDA al 988." },
			contacts: [
				{
					type: "call",
					value: "988"
				},
				{
					type: "text",
					value: "988",
					body: { es: "AYUDA" }
				},
				{
					type: "web",
					value: "https://988lifeline.org/",
					label: {
						en: "Chat online",
						es: "Chat en línea"
					}
				}
			]
		}, {
			id: "us_ctl",
			name: { en: "Crisis Text Line" },
			description: {
				en: "Help by text message, 24/7.",
				es: "Ayuda por mensaje de texto, las 24 horas. También por WhatsApp: 442-AYUDAME."
			},
			languageNotes: { es: "En español: envíe AYUDA al 741741 o escriba por WhatsApp al 442-AYUDAME." },
			contacts: [{
				type: "text",
				value: "741741",
				body: {
					en: "HOME",
					es: "AYUDA"
				}
			}]
		}]
	},
	UK: {
		name: {
			en: "United Kingdom and Ireland",
			es: "Reino Unido e Irlanda"
		},
		emergency: "999",
		lines: [{
			id: "uk_samaritans",
			name: { en: "Samaritans" },
			description: {
				en: "Free to call from any phone in the UK and Ireland, 24/7.",
				es: "Llamada gratuita desde cualquier teléfono en el Reino Unido e Irlanda, las 24 horas (en inglés)."
			},
			contacts: [{
				type: "call",
				value: "116 123"
			}, {
				type: "web",
				value: "https://www.samaritans.org/",
				label: "samaritans.org"
			}]
		}]
	},
	intl: {
		name: {
			en: "Other countries",
			es: "Otros países"
		},
		lines: [{
			id: "intl_findahelpline",
			name: { en: "Find A Helpline" },
			description: {
				en: "A free directory of crisis lines in your country.",
				es: "Un directorio gratuito de líneas de crisis en su país."
			},
			contacts: [{
				type: "web",
				value: "https://findahelpline.com/",
				label: "findahelpline.com"
			}]
		}]
	}
} };
export { defaultCrisisDirectory };

//# sourceMappingURL=crisis-lines.js.map