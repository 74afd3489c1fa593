import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  pinCommand,
  pinManifests,
  verifyManifests,
  verifyPushedImage
} from "./chunk-UZURUA3P.js";
import "./chunk-S4JLU7MT.js";
import "./chunk-AFITODEB.js";
export {
  pinCommand,
  pinManifests,
  verifyManifests,
  verifyPushedImage
};
