/**
 * The press condition the press PDF is made for, from magazine.yaml `press:`: the output intent's
 * names (OutputConditionIdentifier, OutputCondition, RegistryName, Info), the output profile, and the
 * total ink limit preflight holds every page to.
 *
 * Default: FOGRA39 (ISO 12647-2:2004/Amd 1, coated paper; "ISO Coated v2"), registered at
 * http://www.color.org, with a profile folio builds from Debian's FOGRA39L data (condition-profile.ts).
 * With `icc_profile:` the printer's own profile is embedded instead, under the condition they name.
 */
import { FolioError } from "../contract/errors.js";
import type { PressSettings } from "../model/types.js";
import { conditionProfile, type ProfileRecipe } from "./condition-profile.js";
import { readIcc, type IccInfo } from "./icc.js";

export interface PressCondition {
  identifier: string;
  outputCondition: string;
  info: string;
  /** "http://www.color.org" for a registered condition, "" for a custom one. */
  registry: string;
  profile: IccInfo;
  totalInkLimit: number;
  /** How the profile was had: built now, from the cache, or given by the printer. */
  source: "built" | "cached" | "printer";
}

export const COLOR_ORG = "http://www.color.org";

interface KnownCondition {
  outputCondition: string;
  info: string;
  totalInkLimit: number;
  recipe: ProfileRecipe;
}

export const KNOWN_CONDITIONS: Record<string, KnownCondition> = {
  FOGRA39: {
    outputCondition:
      "Offset commercial and specialty printing according to ISO 12647-2:2004 / Amd 1, OFCOM, paper type 1 or 2 = coated art, 115 g/m2, tone value increase curves A (CMY) and B (K)",
    info: "Coated FOGRA39 (ISO 12647-2:2004)",
    totalInkLimit: 300,
    recipe: {
      id: "FOGRA39",
      ti3: "/usr/share/color/icc/FOGRA39L.ti3",
      pkg: "icc-profiles-free",
      // Medium quality, black generation "r" (ramp), 300 % total ink, 95 % black.
      args: [
        "-qm",
        "-kr",
        "-l300",
        "-L95",
        "-D",
        "Coated FOGRA39 (ISO 12647-2:2004), folio build from FOGRA39L",
        "-C",
        "Characterization data: FOGRA (icc-profiles-free)",
      ],
    },
  },
};

/**
 * Conditions of the ICC characterization data registry that folio cannot build a profile for (no
 * free data): with the printer's profile they are still named as registered. JC200103 is Japan
 * Color 2001 Coated, the condition many Chinese printers run to.
 */
export const REGISTERED_ONLY = new Set(["JC200103", "JCN2002", "FOGRA51", "FOGRA52", "CGATS21_CRPC6"]);

const MAGAZINE = "issues/magazine.yaml";

const identifierOf = (s: PressSettings) => s.condition ?? "Custom";

function printerCondition(s: PressSettings & { iccProfile: string }): PressCondition {
  let profile: IccInfo;
  try {
    profile = readIcc(s.iccProfile);
  } catch (e) {
    throw new FolioError({ file: MAGAZINE, field: "press.icc_profile", message: (e as Error).message });
  }
  if (profile.colourSpace !== "CMYK" || profile.deviceClass !== "prtr") {
    throw new FolioError({
      file: MAGAZINE,
      field: "press.icc_profile",
      message: `${s.iccProfile} is a ${profile.colourSpace} ${profile.deviceClass} profile, not a CMYK output (prtr) profile`,
    });
  }
  const known = s.condition ? KNOWN_CONDITIONS[s.condition] : undefined;
  return {
    identifier: identifierOf(s),
    outputCondition: s.outputCondition ?? known?.outputCondition ?? profile.description,
    info: profile.description,
    registry: s.registry ?? (known || REGISTERED_ONLY.has(identifierOf(s)) ? COLOR_ORG : ""),
    profile,
    totalInkLimit: s.totalInkLimit ?? known?.totalInkLimit ?? 300,
    source: "printer",
  };
}

export async function resolvePressCondition(s: PressSettings, signal?: AbortSignal): Promise<PressCondition> {
  if (s.iccProfile) return printerCondition({ ...s, iccProfile: s.iccProfile });
  const id = s.condition ?? "FOGRA39";
  const known = KNOWN_CONDITIONS[id];
  if (!known) {
    throw new FolioError({
      file: MAGAZINE,
      field: "press.condition",
      message: `folio can build a profile for ${Object.keys(KNOWN_CONDITIONS).join(", ")} only; for ${id} give the printer's profile as press.icc_profile`,
    });
  }
  const built = await conditionProfile(known.recipe, { signal });
  return {
    identifier: id,
    outputCondition: known.outputCondition,
    info: known.info,
    registry: s.registry ?? COLOR_ORG,
    profile: readIcc(built.path),
    totalInkLimit: s.totalInkLimit ?? known.totalInkLimit,
    source: built.built ? "built" : "cached",
  };
}
