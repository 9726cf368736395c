variable "aws_use1_cidr" {
  description = "Address block of AWS US East (N. Virginia)"
  type        = string
  default     = "10.59.0.0/16"
}

variable "aws_use1_transit_cidr" {
  description = "Transit block of AWS US East (N. Virginia) (TGW attachment subnets)"
  type        = string
  default     = "10.59.254.0/23"
}

variable "aws_use1_subnet_cidrs" {
  description = "Subnet per segment in AWS US East (N. Virginia)"
  type        = map(string)
  default = {
    default = "10.59.224.0/20"
  }
}

variable "aws_use1_asn" {
  description = "Amazon-side ASN of the AWS US East (N. Virginia) transit gateway"
  type        = number
  default     = 4290686315
}

variable "az_eastus_cidr" {
  description = "Address block of Azure East US"
  type        = string
  default     = "10.160.0.0/16"
}

variable "az_weu_cidr" {
  description = "Address block of Azure West Europe"
  type        = string
  default     = "10.188.0.0/16"
}

variable "az_sea_cidr" {
  description = "Address block of Azure Southeast Asia"
  type        = string
  default     = "10.180.0.0/16"
}

variable "gcp_usc1_cidr" {
  description = "Address block of GCP us-central1 (Iowa)"
  type        = string
  default     = "10.92.0.0/16"
}

variable "gcp_euw1_cidr" {
  description = "Address block of GCP europe-west1 (Belgium)"
  type        = string
  default     = "10.30.0.0/16"
}

variable "gcp_ase1_cidr" {
  description = "Address block of GCP asia-southeast1 (Singapore)"
  type        = string
  default     = "10.218.0.0/16"
}

variable "aws_euw1_cidr" {
  description = "Address block of AWS EU (Ireland)"
  type        = string
  default     = "10.47.0.0/16"
}

variable "aws_euw1_transit_cidr" {
  description = "Transit block of AWS EU (Ireland) (TGW attachment subnets)"
  type        = string
  default     = "10.47.254.0/23"
}

variable "aws_euw1_subnet_cidrs" {
  description = "Subnet per segment in AWS EU (Ireland)"
  type        = map(string)
  default = {
    default = "10.47.224.0/20"
  }
}

variable "aws_euw1_asn" {
  description = "Amazon-side ASN of the AWS EU (Ireland) transit gateway"
  type        = number
  default     = 4262476659
}

variable "aws_apse1_cidr" {
  description = "Address block of AWS Asia Pacific (Singapore)"
  type        = string
  default     = "10.127.0.0/16"
}

variable "aws_apse1_transit_cidr" {
  description = "Transit block of AWS Asia Pacific (Singapore) (TGW attachment subnets)"
  type        = string
  default     = "10.127.254.0/23"
}

variable "aws_apse1_subnet_cidrs" {
  description = "Subnet per segment in AWS Asia Pacific (Singapore)"
  type        = map(string)
  default = {
    default = "10.127.224.0/20"
  }
}

variable "aws_apse1_asn" {
  description = "Amazon-side ASN of the AWS Asia Pacific (Singapore) transit gateway"
  type        = number
  default     = 4222399677
}

variable "az_eastus_public_ip" {
  description = "Public IP of the VPN endpoint at Azure East US (from the azure export's outputs)"
  type        = string
}

variable "az_eastus_asn" {
  description = "BGP ASN of Azure East US"
  type        = number
  default     = 65515
}

variable "x_aws_use1_az_eastus_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-aws-use1-az-eastus"
  type        = string
  sensitive   = true
}

variable "x_aws_use1_az_eastus_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-aws-use1-az-eastus"
  type        = string
  sensitive   = true
}

variable "az_weu_public_ip" {
  description = "Public IP of the VPN endpoint at Azure West Europe (from the azure export's outputs)"
  type        = string
}

variable "az_weu_asn" {
  description = "BGP ASN of Azure West Europe"
  type        = number
  default     = 65515
}

variable "x_aws_use1_az_weu_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-aws-use1-az-weu"
  type        = string
  sensitive   = true
}

variable "x_aws_use1_az_weu_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-aws-use1-az-weu"
  type        = string
  sensitive   = true
}

variable "az_sea_public_ip" {
  description = "Public IP of the VPN endpoint at Azure Southeast Asia (from the azure export's outputs)"
  type        = string
}

variable "az_sea_asn" {
  description = "BGP ASN of Azure Southeast Asia"
  type        = number
  default     = 65515
}

variable "x_aws_use1_az_sea_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-aws-use1-az-sea"
  type        = string
  sensitive   = true
}

variable "x_aws_use1_az_sea_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-aws-use1-az-sea"
  type        = string
  sensitive   = true
}

variable "gcp_usc1_public_ip" {
  description = "Public IP of the VPN endpoint at GCP us-central1 (Iowa) (from the gcp export's outputs)"
  type        = string
}

variable "gcp_usc1_asn" {
  description = "BGP ASN of GCP us-central1 (Iowa)"
  type        = number
  default     = 4235371944
}

variable "x_aws_use1_gcp_usc1_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-aws-use1-gcp-usc1"
  type        = string
  sensitive   = true
}

variable "x_aws_use1_gcp_usc1_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-aws-use1-gcp-usc1"
  type        = string
  sensitive   = true
}

variable "gcp_euw1_public_ip" {
  description = "Public IP of the VPN endpoint at GCP europe-west1 (Belgium) (from the gcp export's outputs)"
  type        = string
}

variable "gcp_euw1_asn" {
  description = "BGP ASN of GCP europe-west1 (Belgium)"
  type        = number
  default     = 4281827936
}

variable "x_aws_use1_gcp_euw1_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-aws-use1-gcp-euw1"
  type        = string
  sensitive   = true
}

variable "x_aws_use1_gcp_euw1_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-aws-use1-gcp-euw1"
  type        = string
  sensitive   = true
}

variable "gcp_ase1_public_ip" {
  description = "Public IP of the VPN endpoint at GCP asia-southeast1 (Singapore) (from the gcp export's outputs)"
  type        = string
}

variable "gcp_ase1_asn" {
  description = "BGP ASN of GCP asia-southeast1 (Singapore)"
  type        = number
  default     = 4282549534
}

variable "x_aws_use1_gcp_ase1_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-aws-use1-gcp-ase1"
  type        = string
  sensitive   = true
}

variable "x_aws_use1_gcp_ase1_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-aws-use1-gcp-ase1"
  type        = string
  sensitive   = true
}

variable "x_aws_euw1_az_eastus_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-aws-euw1-az-eastus"
  type        = string
  sensitive   = true
}

variable "x_aws_euw1_az_eastus_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-aws-euw1-az-eastus"
  type        = string
  sensitive   = true
}

variable "x_aws_euw1_az_weu_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-aws-euw1-az-weu"
  type        = string
  sensitive   = true
}

variable "x_aws_euw1_az_weu_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-aws-euw1-az-weu"
  type        = string
  sensitive   = true
}

variable "x_aws_euw1_az_sea_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-aws-euw1-az-sea"
  type        = string
  sensitive   = true
}

variable "x_aws_euw1_az_sea_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-aws-euw1-az-sea"
  type        = string
  sensitive   = true
}

variable "x_aws_euw1_gcp_usc1_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-aws-euw1-gcp-usc1"
  type        = string
  sensitive   = true
}

variable "x_aws_euw1_gcp_usc1_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-aws-euw1-gcp-usc1"
  type        = string
  sensitive   = true
}

variable "x_aws_euw1_gcp_euw1_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-aws-euw1-gcp-euw1"
  type        = string
  sensitive   = true
}

variable "x_aws_euw1_gcp_euw1_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-aws-euw1-gcp-euw1"
  type        = string
  sensitive   = true
}

variable "x_aws_euw1_gcp_ase1_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-aws-euw1-gcp-ase1"
  type        = string
  sensitive   = true
}

variable "x_aws_euw1_gcp_ase1_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-aws-euw1-gcp-ase1"
  type        = string
  sensitive   = true
}

variable "x_aws_apse1_az_eastus_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-aws-apse1-az-eastus"
  type        = string
  sensitive   = true
}

variable "x_aws_apse1_az_eastus_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-aws-apse1-az-eastus"
  type        = string
  sensitive   = true
}

variable "x_aws_apse1_az_weu_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-aws-apse1-az-weu"
  type        = string
  sensitive   = true
}

variable "x_aws_apse1_az_weu_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-aws-apse1-az-weu"
  type        = string
  sensitive   = true
}

variable "x_aws_apse1_az_sea_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-aws-apse1-az-sea"
  type        = string
  sensitive   = true
}

variable "x_aws_apse1_az_sea_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-aws-apse1-az-sea"
  type        = string
  sensitive   = true
}

variable "x_aws_apse1_gcp_usc1_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-aws-apse1-gcp-usc1"
  type        = string
  sensitive   = true
}

variable "x_aws_apse1_gcp_usc1_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-aws-apse1-gcp-usc1"
  type        = string
  sensitive   = true
}

variable "x_aws_apse1_gcp_euw1_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-aws-apse1-gcp-euw1"
  type        = string
  sensitive   = true
}

variable "x_aws_apse1_gcp_euw1_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-aws-apse1-gcp-euw1"
  type        = string
  sensitive   = true
}

variable "x_aws_apse1_gcp_ase1_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-aws-apse1-gcp-ase1"
  type        = string
  sensitive   = true
}

variable "x_aws_apse1_gcp_ase1_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-aws-apse1-gcp-ase1"
  type        = string
  sensitive   = true
}

variable "edge_aws_use1_endpoint_arn" {
  description = "ARN of the load balancer serving Global API edge in AWS US East (N. Virginia)"
  type        = string
}

variable "edge_aws_euw1_endpoint_arn" {
  description = "ARN of the load balancer serving Global API edge in AWS EU (Ireland)"
  type        = string
}

variable "edge_aws_apse1_endpoint_arn" {
  description = "ARN of the load balancer serving Global API edge in AWS Asia Pacific (Singapore)"
  type        = string
}
