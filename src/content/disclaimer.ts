/**
 * Text of <kw-disclaimer>, written for this project from the elements in shared/content/brief.md §3a
 * (information only, not medical advice, no doctor–patient relationship, talk to a professional,
 * emergencies, regulatory status, results vary). Spanish uses the formal "usted"; it needs review by a medical translator before launch.
 * `body1` is the short notice shown first; `body2`–`body4` follow the crisis lines (behind a disclosure unless
 * `detail="full"`), and `body4`, the US regulatory status, only where US rules apply.
 * Every key can be overridden per element with the `strings` property or attribute.
 */
export const disclaimerStrings = {
  en: {
    heading: 'Not medical advice',
    iconLabel: 'Important:',
    body1: 'This is general information, not medical advice. It does not take the place of a visit with a licensed health professional.',
    body2: 'Reading this page, or contacting us through it, does not make you our patient.',
    body3: 'Talk with a health professional about your own health, your medicines and your care. In an emergency, call the emergency number where you live.',
    body4: 'In the US, ketamine given by IV is not FDA-approved to treat depression; this use is off-label. The FDA has approved esketamine nasal spray (Spravato) for two groups of adults. The first is adults with depression that other treatments have not helped. The second is adults with depression who have current thoughts or acts of suicide; they use it with an antidepressant taken by mouth. It has not been shown to prevent suicide or to ease suicidal thoughts. It does not replace a hospital stay when one is needed. It is used only in certified clinics, where staff watch you closely. Results differ from person to person, and not everyone responds.',
    bannerBody: 'This is general information, not medical advice. Using this site does not make you our patient. Talk with a licensed health professional about your own health.',
    more: 'More about this notice',
    crisisHeading: 'In crisis or thinking about suicide?',
    emergency: 'In immediate danger? Call {number}.',
    emergencyLocal: 'In immediate danger? Call your local emergency number.',
    call: 'Call {number}',
    text: 'Text {number}',
    textWord: 'Text {word} to {number}',
    dismiss: 'Dismiss this notice',
    dismissed: 'Notice dismissed.',
    reviewed: 'Last reviewed: {date}',
    loading: 'Loading crisis resources…',
    dataError: "This page's own crisis resources could not be shown, so the built-in ones are shown instead.",
  },
  es: {
    heading: 'No es consejo médico',
    iconLabel: 'Importante:',
    body1: 'Esta es información general, no consejo médico. No reemplaza una consulta con un profesional de la salud con licencia.',
    body2: 'Leer esta página, o comunicarse con nosotros a través de ella, no crea una relación médico-paciente.',
    body3: 'Hable con un profesional calificado sobre su salud, sus medicamentos y sus opciones de tratamiento. En una emergencia, llame al número de emergencias de su zona.',
    body4: 'En EE. UU., la ketamina por vía intravenosa no está aprobada por la FDA para tratar la depresión; es un uso no aprobado (off-label). La FDA aprobó la esketamina en aerosol nasal (Spravato) para dos grupos de adultos. El primero son los adultos con depresión que no ha mejorado con otros tratamientos. El segundo son los adultos con depresión que tienen pensamientos o conductas suicidas en este momento; la usan junto con un antidepresivo por vía oral. No se ha demostrado que prevenga el suicidio ni que reduzca los pensamientos suicidas. No reemplaza la hospitalización cuando es necesaria. Solo se usa en centros certificados, donde el personal vigila al paciente de cerca. Los resultados varían de una persona a otra y no todas las personas responden.',
    bannerBody: 'Solo con fines informativos; no es consejo médico. Este sitio no crea una relación médico-paciente. Hable con un profesional de la salud con licencia sobre su caso.',
    more: 'Más sobre este aviso',
    crisisHeading: '¿Está en crisis o piensa en el suicidio?',
    emergency: '¿Está en peligro inmediato? Llame al {number}.',
    emergencyLocal: '¿Está en peligro inmediato? Llame al número de emergencias de su zona.',
    call: 'Llame al {number}',
    text: 'Envíe un mensaje de texto al {number}',
    textWord: 'Envíe {word} al {number}',
    dismiss: 'Cerrar este aviso',
    dismissed: 'Aviso cerrado.',
    reviewed: 'Última revisión: {date}',
    loading: 'Cargando recursos de crisis…',
    dataError: 'No se pudieron mostrar los recursos de crisis de esta página; se muestran los recursos incluidos.',
  },
};

export type DisclaimerStrings = typeof disclaimerStrings.en;
