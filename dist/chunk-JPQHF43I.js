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
} from "./chunk-SOUQFI2I.js";
import "./chunk-2WECBO5Y.js";
import "./chunk-Q5V634ZD.js";
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
