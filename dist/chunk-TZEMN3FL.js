import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  deployedImages,
  pinCommand,
  pinManifests,
  pinSetManifests,
  verifyManifests,
  verifyPushedImage,
  verifyPushedSet,
  verifySetManifests
} from "./chunk-LUK6CTOI.js";
import "./chunk-MTZ4ES3Z.js";
import "./chunk-UIDJITYH.js";
import "./chunk-P5BLN3AN.js";
import "./chunk-55QJV6A7.js";
import "./chunk-SDIERYGD.js";
export {
  deployedImages,
  pinCommand,
  pinManifests,
  pinSetManifests,
  verifyManifests,
  verifyPushedImage,
  verifyPushedSet,
  verifySetManifests
};
