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
} from "./chunk-DFLD42QY.js";
import "./chunk-J35FCF54.js";
import "./chunk-MQV6Q4KP.js";
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
