import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  pinCommand,
  pinManifests,
  verifyManifests,
  verifyPushedImage
} from "./chunk-FQOVNR3S.js";
import "./chunk-VDZQ5G6R.js";
import "./chunk-AFITODEB.js";
export {
  pinCommand,
  pinManifests,
  verifyManifests,
  verifyPushedImage
};
