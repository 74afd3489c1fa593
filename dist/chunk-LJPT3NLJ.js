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
} from "./chunk-CPQTMF7P.js";
import "./chunk-YYCVIDQH.js";
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
