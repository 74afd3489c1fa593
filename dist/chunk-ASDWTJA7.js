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
} from "./chunk-2DALP7YG.js";
import "./chunk-RPQRWJWM.js";
import "./chunk-AFITODEB.js";
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
