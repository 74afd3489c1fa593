import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  pinCommand,
  pinManifests,
  verifyManifests,
  verifyPushedImage
} from "./chunk-3K36BDNQ.js";
import "./chunk-RPQRWJWM.js";
import "./chunk-AFITODEB.js";
export {
  pinCommand,
  pinManifests,
  verifyManifests,
  verifyPushedImage
};
