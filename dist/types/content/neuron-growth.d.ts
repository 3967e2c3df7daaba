/**
 * Text of <kw-neuron-growth>, written for this project from shared/content/brief.md §1d and §6 (grade ~8).
 * Stage labels (`l_*`) and captions (`t_*`) follow the storyboard in §6d; every time is illustrative and comes
 * from rodent studies. No number marked unverified in the brief is shown. Spanish uses "usted" and needs review
 * by a medical translator before launch. Tick labels (`k_*`) name each stage in a word or two under the timeline
 * ("24 h" for 12–24 hours, "1 week" for 2–7 days, "2 weeks" for 1–2 weeks). Every key can be overridden per element with the `strings` property.
 */
export declare const neuronGrowthStrings: {
    en: {
        name_grow: string;
        name_stress: string;
        name_restore: string;
        name_compare: string;
        l_grow: string;
        t_grow: string;
        l_healthy: string;
        t_healthy: string;
        l_stress: string;
        t_stress: string;
        l_stressed: string;
        t_stressed: string;
        l_dose: string;
        t_dose: string;
        l_early: string;
        t_early: string;
        l_sprout: string;
        t_sprout: string;
        l_mature: string;
        t_mature: string;
        l_persist: string;
        t_persist: string;
        play: string;
        pause: string;
        timeline: string;
        before: string;
        after: string;
        spines: string;
        spinesStart: string;
        spinesPoster: string;
        k_grow: string;
        k_healthy: string;
        k_stress: string;
        k_stressed: string;
        k_dose: string;
        k_early: string;
        k_sprout: string;
        k_mature: string;
        k_persist: string;
        newSpines: string;
        downloadPng: string;
        note: string;
        sources: string;
        loading: string;
        dataError: string;
    };
    es: {
        name_grow: string;
        name_stress: string;
        name_restore: string;
        name_compare: string;
        l_grow: string;
        t_grow: string;
        l_healthy: string;
        t_healthy: string;
        l_stress: string;
        t_stress: string;
        l_stressed: string;
        t_stressed: string;
        l_dose: string;
        t_dose: string;
        l_early: string;
        t_early: string;
        l_sprout: string;
        t_sprout: string;
        l_mature: string;
        t_mature: string;
        l_persist: string;
        t_persist: string;
        play: string;
        pause: string;
        timeline: string;
        before: string;
        after: string;
        spines: string;
        spinesStart: string;
        spinesPoster: string;
        k_grow: string;
        k_healthy: string;
        k_stress: string;
        k_stressed: string;
        k_dose: string;
        k_early: string;
        k_sprout: string;
        k_mature: string;
        k_persist: string;
        newSpines: string;
        downloadPng: string;
        note: string;
        sources: string;
        loading: string;
        dataError: string;
    };
};
export type NeuronGrowthStrings = typeof neuronGrowthStrings.en;
/** Reference keys (src/content/references.ts) behind the captions; confidence per brief §0: supported (animal, indirect human). */
export declare const neuronGrowthSources: string[];
