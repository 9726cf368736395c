terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.25"
    }
  }
}

provider "aws" {
  alias  = "aws_euc1"
  region = "eu-central-1"

  default_tags {
    tags = {
      ManagedBy = "netstudio"
      Design    = "SD-WAN branches in Europe with EU-only patient data"
    }
  }
}

provider "aws" {
  alias  = "aws_euw3"
  region = "eu-west-3"

  default_tags {
    tags = {
      ManagedBy = "netstudio"
      Design    = "SD-WAN branches in Europe with EU-only patient data"
    }
  }
}
