namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Short capitals that notes use as clinical shorthand (assistance levels, weight bearing, roles, tests, conditions),
/// so a rule that reads bare capitals as a person's initials leaves them alone.
/// </summary>
internal static class ClinicalAbbreviations
{
    private static readonly HashSet<string> _keys = new(StringComparer.Ordinal)
    {
        // assistance, mobility and weight bearing
        "adl", "iadl", "sba", "cga", "spv", "ind", "wfl", "wnl", "nad", "fwb", "nwb", "pwb", "twb", "ttwb", "wbat", "fww", "wzf", "oob",
        "sts", "tug", "bbs", "dgi", "fga", "mas", "mmt", "rom", "arom", "prom", "slr", "sob", "hep", "los", "edd", "tto", "dc", "ax", "rx",
        "hx", "sx", "dx", "tx", "mx", "fx", "bx", "ix", "oe", "nkda", "nka", "nbm", "iv", "im", "po", "pr", "prn", "bd", "bid", "tds", "tid",
        "qds", "qid", "od", "ue", "le", "obs", "fbc", "crp", "esr", "pca", "fim", "mdt", "ecg", "cxr", "xr", "ct", "mri", "uss", "emg",
        "ncs", "bmi", "bp", "hr", "rr", "gcs", "nrs", "vas", "vrs", "odi", "ndi", "psfs", "lefs", "hads", "phq", "gad", "tsk", "pcs", "cbt", "picc",
        "act", "lbp", "tkr", "thr", "tka", "tha", "acl", "pcl", "mcl", "lcl", "ucl", "ac", "gh", "si", "sij", "tmj", "ctr", "oa", "ra", "ms",
        "sle", "fm", "cfs", "crps", "hsd", "eds", "copd", "ckd", "chf", "ihd", "af", "dm", "dvt", "pe", "uti", "cva", "tia", "mi", "htn",
        "mva", "mvc", "rta", "fof", "dna", "nok", "poa", "epoa", "epa", "ivig", "nmes", "tens", "pfmt", "mua", "pcp", "ppe", "abi", "tbi", "sci", "dob", "mrn", "urn", "nhi", "phn", "ssn", "rtw", "hcp", "mcp", "pip", "dip", "mtp", "ip",
        // operations, scans, units and conditions
        "orif", "acdf", "eua", "tlif", "plif", "alif", "ukr", "aclr", "dexa", "ekg", "eeg", "cabg", "pci", "gord", "gerd", "ibs", "ibd",
        "hrt", "ivf", "picu", "nicu", "scbu", "mnd", "als", "pots", "ptsd", "adhd", "asd", "ocd",
        // roles and services
        "gp", "ed", "er", "icu", "hdu", "or", "pt", "pts", "ot", "sw", "slt", "slp", "rn", "en", "np", "pa", "cns", "anp", "hca", "psw",
        "cna", "lpn", "dpt", "pta", "ota", "ep", "rd", "mo", "rmo", "hmo", "sho", "spr", "reg", "ahp", "msk", "cmht", "pn", "dn", "cn", "nic",
        "num", "cnc", "cnm", "tl", "hcsw",
    };

    public static bool Contains(string key) => _keys.Contains(key);
}
